using System.Collections.Generic;

namespace Wassist
{
    /// <summary>409: the request conflicts with the resource's current state (for example, it already exists).</summary>
    public sealed class WassistConflictException : WassistApiException
    {
        internal WassistConflictException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, ApiErrorBody error)
            : base(message, statusCode, response, headers, error)
        {
        }
    }
}
