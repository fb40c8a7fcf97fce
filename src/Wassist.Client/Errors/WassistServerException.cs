using System.Collections.Generic;

namespace Wassist
{
    /// <summary>
    /// 500 or above: Wassist failed to handle the request, after the retries the options allow. A write may still
    /// have taken effect; read before trying it again.
    /// </summary>
    public sealed class WassistServerException : WassistApiException
    {
        internal WassistServerException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, ApiErrorBody error)
            : base(message, statusCode, response, headers, error)
        {
        }
    }
}
