using System;
using System.Collections.Generic;

namespace Wassist
{
    /// <summary>
    /// One page of a list. Paginated lists answer with <c>{count, next, previous, results}</c>; lists that are not
    /// paginated answer with a bare array, read as a single page with no next page.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    public sealed class WassistPage<T>
    {
        internal WassistPage(IReadOnlyList<T> items, int? totalCount, Uri? nextPageUrl, Uri? previousPageUrl)
        {
            Items = items;
            TotalCount = totalCount;
            NextPageUrl = nextPageUrl;
            PreviousPageUrl = previousPageUrl;
        }

        /// <summary>The items of this page, in the order the API gave them.</summary>
        public IReadOnlyList<T> Items { get; }

        /// <summary>The list's total size across all pages (<c>count</c>); null for a bare-array list.</summary>
        public int? TotalCount { get; }

        /// <summary>The absolute URL of the next page (<c>next</c>); null on the last page.</summary>
        public Uri? NextPageUrl { get; }

        /// <summary>The absolute URL of the previous page (<c>previous</c>); null on the first page.</summary>
        public Uri? PreviousPageUrl { get; }

        /// <summary>Whether <see cref="NextPageUrl"/> is set.</summary>
        public bool HasNextPage => NextPageUrl is not null;
    }
}
