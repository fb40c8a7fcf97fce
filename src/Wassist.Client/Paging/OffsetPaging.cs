#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Wassist
{
    /// <summary>
    /// Walks the lists that answer with a bare array and no <c>next</c> link but take <c>limit</c> and
    /// <c>offset</c> (a conversation's messages, contacts): a full page means there may be more.
    /// </summary>
    public sealed partial class WassistPaging
    {
        /// <summary>The page size <see cref="EnumerateByOffsetAsync{T}"/> asks for unless told: 50.</summary>
        public const int DefaultOffsetPageSize = 50;

        /// <summary>
        /// Every item of a bare-array list: asks <paramref name="page"/> for <paramref name="pageSize"/> items at
        /// offset 0, then at <paramref name="pageSize"/>, and so on, until a page comes back shorter than asked (or
        /// longer, from an API that ignored the limit). A page is fetched only when the caller reaches it.
        /// </summary>
        /// <param name="page">Reads one page, given the limit and the offset; a generated list method.</param>
        /// <param name="pageSize">Items per request, 1 or more; 50 by default.</param>
        /// <param name="cancellationToken">Cancels the walk; it reaches <paramref name="page"/>.</param>
        /// <example><code>
        /// await foreach (var message in wassist.Paging.EnumerateByOffsetAsync((limit, offset, ct) => wassist.Conversations.ListMessagesAsync(id, limit, offset, ct)))
        /// </code></example>
        public IAsyncEnumerable<T> EnumerateByOffsetAsync<T>(Func<int, int, CancellationToken, Task<IReadOnlyList<T>>> page, int pageSize = DefaultOffsetPageSize, CancellationToken cancellationToken = default)
        {
            if (page is null)
            {
                throw new ArgumentNullException(nameof(page));
            }

            if (pageSize < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "The page size must be at least 1.");
            }

            return Walk(page, pageSize, cancellationToken);
        }

        private static async IAsyncEnumerable<T> Walk<T>(Func<int, int, CancellationToken, Task<IReadOnlyList<T>>> page, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            for (var offset = 0; ; offset += pageSize)
            {
                var items = await page(pageSize, offset, cancellationToken).ConfigureAwait(false) ?? [];
                foreach (var item in items)
                {
                    yield return item;
                }

                if (items.Count != pageSize)
                {
                    yield break;
                }
            }
        }
    }
}
#endif
