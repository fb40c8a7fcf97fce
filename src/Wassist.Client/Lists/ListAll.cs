// CUSTOM: hand-written members of the generated resource clients whose list returns a page envelope (Agents,
// Conversations, WebhookDeliveries): an options overload of the generated ListAsync, and ListAllAsync, which walks
// every page through WassistPaging (each with or without per-call WassistRequestOptions); see README.md.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Wassist
{
    public partial class ConversationsClient
    {
        /// <summary>Reads the first page of conversations that match <paramref name="options"/>.</summary>
        /// <param name="options">Filters and page size.</param>
        /// <returns>The page: its conversations, the total count and the link to the next page.</returns>
        /// <exception cref="WassistApiException">The API answered with an error status (a subclass says which).</exception>
        public Task<ConversationPage> ListAsync(ConversationListOptions options) => ListAsync(options, CancellationToken.None);

        /// <summary>Reads the first page of conversations that match <paramref name="options"/>.</summary>
        /// <param name="options">Filters and page size.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The page: its conversations, the total count and the link to the next page.</returns>
        /// <exception cref="WassistApiException">The API answered with an error status (a subclass says which).</exception>
        public Task<ConversationPage> ListAsync(ConversationListOptions options, CancellationToken cancellationToken) =>
            ListAsync(options, requestOptions: null, cancellationToken);

        /// <summary>Reads the first page of conversations that match <paramref name="options"/>.</summary>
        /// <param name="options">Filters and page size.</param>
        /// <param name="requestOptions">Timeout, retries and extra headers for this call; null keeps the client's.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <returns>The page: its conversations, the total count and the link to the next page.</returns>
        /// <exception cref="WassistApiException">The API answered with an error status (a subclass says which).</exception>
        public Task<ConversationPage> ListAsync(ConversationListOptions options, WassistRequestOptions? requestOptions, CancellationToken cancellationToken)
        {
            if (options is null)
            {
                throw new System.ArgumentNullException(nameof(options));
            }

            return ListAsync(options.Agent, options.Contact, options.HasUnread, options.LastMessageAfter, options.LastMessageBefore, options.PageSize, offset: null, options.Status, options.WhatsAppNumber, options.Ordering, requestOptions, cancellationToken);
        }

#if NET8_0_OR_GREATER
        /// <summary>Every conversation that matches <paramref name="options"/>, page after page; a page is read only when the caller reaches it.</summary>
        /// <param name="options">Filters and page size; null lists every conversation.</param>
        /// <param name="cancellationToken">Cancels the request in progress.</param>
        /// <returns>The conversations, in the API's order.</returns>
        /// <exception cref="WassistApiException">The API answered with an error status (a subclass says which).</exception>
        public virtual IAsyncEnumerable<Conversation> ListAllAsync(ConversationListOptions? options, CancellationToken cancellationToken) =>
            ListAllAsync(options, requestOptions: null, cancellationToken);

        /// <summary>Every conversation that matches <paramref name="options"/>, page after page; a page is read only when the caller reaches it.</summary>
        /// <param name="options">Filters and page size; null lists every conversation.</param>
        /// <param name="requestOptions">Timeout, retries and extra headers for every page request; null keeps the client's.</param>
        /// <param name="cancellationToken">Cancels the request in progress.</param>
        /// <returns>The conversations, in the API's order.</returns>
        /// <exception cref="WassistApiException">The API answered with an error status (a subclass says which).</exception>
        public virtual IAsyncEnumerable<Conversation> ListAllAsync(ConversationListOptions? options = null, WassistRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
            new WassistPaging(CheckedOptions, _httpClient).EnumerateAsync(ct => ListAsync(options ?? new ConversationListOptions(), requestOptions, ct), page => page.Results, page => page.Next, requestOptions, cancellationToken);
#endif
    }

#if NET8_0_OR_GREATER
    public partial class AgentsClient
    {
        /// <summary>Every agent, page after page; a page is read only when the caller reaches it.</summary>
        /// <param name="pageSize">Agents per page; null for the API's default.</param>
        /// <param name="cancellationToken">Cancels the request in progress.</param>
        /// <returns>The agents, in the API's order.</returns>
        /// <exception cref="WassistApiException">The API answered with an error status (a subclass says which).</exception>
        public virtual IAsyncEnumerable<Agent> ListAllAsync(int? pageSize, CancellationToken cancellationToken) =>
            ListAllAsync(pageSize, requestOptions: null, cancellationToken);

        /// <summary>Every agent, page after page; a page is read only when the caller reaches it.</summary>
        /// <param name="pageSize">Agents per page; null for the API's default.</param>
        /// <param name="requestOptions">Timeout, retries and extra headers for every page request; null keeps the client's.</param>
        /// <param name="cancellationToken">Cancels the request in progress.</param>
        /// <returns>The agents, in the API's order.</returns>
        /// <exception cref="WassistApiException">The API answered with an error status (a subclass says which).</exception>
        public virtual IAsyncEnumerable<Agent> ListAllAsync(int? pageSize = null, WassistRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
            new WassistPaging(CheckedOptions, _httpClient).EnumerateAsync(ct => ListAsync(pageSize, offset: null, requestOptions, ct), page => page.Results, page => page.Next, requestOptions, cancellationToken);
    }

    public partial class WebhookDeliveriesClient
    {
        /// <summary>Every webhook delivery attempt, page after page; a page is read only when the caller reaches it.</summary>
        /// <param name="pageSize">Deliveries per page; null for the API's default.</param>
        /// <param name="cancellationToken">Cancels the request in progress.</param>
        /// <returns>The deliveries, in the API's order.</returns>
        /// <exception cref="WassistApiException">The API answered with an error status (a subclass says which).</exception>
        public virtual IAsyncEnumerable<WebhookDelivery> ListAllAsync(int? pageSize, CancellationToken cancellationToken) =>
            ListAllAsync(pageSize, requestOptions: null, cancellationToken);

        /// <summary>Every webhook delivery attempt, page after page; a page is read only when the caller reaches it.</summary>
        /// <param name="pageSize">Deliveries per page; null for the API's default.</param>
        /// <param name="requestOptions">Timeout, retries and extra headers for every page request; null keeps the client's.</param>
        /// <param name="cancellationToken">Cancels the request in progress.</param>
        /// <returns>The deliveries, in the API's order.</returns>
        /// <exception cref="WassistApiException">The API answered with an error status (a subclass says which).</exception>
        public virtual IAsyncEnumerable<WebhookDelivery> ListAllAsync(int? pageSize = null, WassistRequestOptions? requestOptions = null, CancellationToken cancellationToken = default) =>
            new WassistPaging(CheckedOptions, _httpClient).EnumerateAsync(ct => ListAsync(pageSize, offset: null, requestOptions, ct), page => page.Results, page => page.Next, requestOptions, cancellationToken);
    }
#endif
}
