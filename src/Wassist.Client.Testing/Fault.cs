using System;

namespace Wassist.Testing
{
    /// <summary>A fault queued for the next call of an operation: an error status (with Retry-After), a delay, or a connection reset.</summary>
    internal sealed class Fault
    {
        private Fault(int status, TimeSpan? retryAfter, TimeSpan delay, bool reset)
        {
            Status = status;
            RetryAfter = retryAfter;
            Delay = delay;
            Reset = reset;
        }

        internal int Status { get; }

        internal TimeSpan? RetryAfter { get; }

        internal TimeSpan Delay { get; }

        internal bool Reset { get; }

        internal static Fault Error(int status, TimeSpan? retryAfter) => new Fault(status, retryAfter, TimeSpan.Zero, false);

        internal static Fault Delayed(TimeSpan delay) => new Fault(0, null, delay, false);

        internal static Fault ConnectionReset() => new Fault(0, null, TimeSpan.Zero, true);
    }
}
