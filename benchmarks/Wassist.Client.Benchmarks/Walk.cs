using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Wassist.Benchmarks
{
    /// <summary>Walks a list to its end, as a caller who looks at each item once.</summary>
    internal static class Walk
    {
        public static async Task<int> Count<T>(IAsyncEnumerable<T> items)
        {
            var count = 0;
            await foreach (var item in items.ConfigureAwait(false))
            {
                count++;
            }

            return count;
        }

        /// <summary>
        /// The most memory the walk held at once, beyond what was held before it: the live heap after a full
        /// collection, sampled every 50 items (while the current page is held), less the live heap before the walk.
        /// </summary>
        public static async Task<(int Count, long PeakBytes)> PeakHeap<T>(Func<IAsyncEnumerable<T>> walk)
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var peak = 0L;
            var count = 0;
            await foreach (var item in walk().ConfigureAwait(false))
            {
                if (count++ % 50 == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - before);
                }

                GC.KeepAlive(item);
            }

            return (count, peak);
        }
    }
}
