using System;
using System.Collections.Generic;

namespace Wassist
{
    /// <summary>
    /// The call did not finish in time: an attempt ran past <see cref="WassistClientOptions.AttemptTimeout"/> with no
    /// retry left, or the whole call past <see cref="WassistClientOptions.Timeout"/>. No response was received, so
    /// <see cref="WassistApiException.StatusCode"/> is 0; a write may still have taken effect.
    /// </summary>
    public sealed class WassistTimeoutException : WassistApiException
    {
        internal WassistTimeoutException(string message, Exception innerException)
            : base(message, 0, null, new Dictionary<string, IEnumerable<string>>(), innerException)
        {
        }
    }
}
