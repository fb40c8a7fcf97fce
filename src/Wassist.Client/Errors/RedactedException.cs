using System;

namespace Wassist
{
    /// <summary>
    /// Stands in for an inner exception whose message (or an inner one's) holds a client secret, e.g. a JSON reader
    /// quoting a value the API echoed: same type name and message, secret redacted. Others are kept as they are.
    /// </summary>
    internal sealed class RedactedException : Exception
    {
        private RedactedException(Exception original)
            : base($"{original.GetType().FullName}: {Redaction.Redact(original.Message)}", Of(original.InnerException))
        {
        }

        internal static Exception? Of(Exception? exception) =>
            exception is null || !HoldsSecret(exception) ? exception : new RedactedException(exception);

        private static bool HoldsSecret(Exception exception)
        {
            for (var e = exception; e is not null; e = e.InnerException)
            {
                if (Redaction.Contains(e.Message))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
