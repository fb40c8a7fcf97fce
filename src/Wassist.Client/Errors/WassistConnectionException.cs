using System.Collections.Generic;
using System.Net.Http;

namespace Wassist
{
    /// <summary>
    /// The API could not be reached, or the connection failed before a complete answer, after the last retry. No
    /// response was received, so <see cref="WassistApiException.StatusCode"/> is 0; the
    /// <see cref="System.Exception.InnerException"/> is the <see cref="HttpRequestException"/>.
    /// </summary>
    public sealed class WassistConnectionException : WassistApiException
    {
        internal WassistConnectionException(string message, HttpRequestException innerException)
            : base(message, 0, null, new Dictionary<string, IEnumerable<string>>(), innerException)
        {
        }
    }
}
