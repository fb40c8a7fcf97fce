using System.Collections.Generic;

namespace Wassist
{
    /// <summary>
    /// 403: the credentials are valid but may not do this (another organisation's resource, an action the key or app
    /// installation is not allowed). A <see cref="WassistAuthenticationException"/>, so code that catches that for
    /// 401 and 403 keeps working.
    /// </summary>
    public sealed class WassistPermissionException : WassistAuthenticationException
    {
        internal WassistPermissionException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, ApiErrorBody error)
            : base(message, statusCode, response, headers, error)
        {
        }
    }
}
