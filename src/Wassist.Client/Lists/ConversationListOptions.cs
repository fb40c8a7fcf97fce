using System;

namespace Wassist
{
    /// <summary>Filters and page size of <see cref="ConversationsClient.ListAsync(ConversationListOptions?, System.Threading.CancellationToken)"/> and <c>ListAllAsync</c>; unset filters are left out.</summary>
    public sealed class ConversationListOptions
    {
        /// <summary>Only conversations handled by this agent.</summary>
        public Guid? Agent { get; set; }

        /// <summary>Only conversations with this contact (a phone number; matched on its digits).</summary>
        public string? Contact { get; set; }

        /// <summary>Only conversations with (true) or without (false) unread inbound messages.</summary>
        public bool? HasUnread { get; set; }

        /// <summary>Only conversations whose last message is newer than this.</summary>
        public DateTimeOffset? LastMessageAfter { get; set; }

        /// <summary>Only conversations whose last message is older than this.</summary>
        public DateTimeOffset? LastMessageBefore { get; set; }

        /// <summary>Only active conversations (an inbound message within the last 24 hours) or only closed ones.</summary>
        public ConversationStatus? Status { get; set; }

        /// <summary>Only conversations on this of your WhatsApp numbers (E.164 digits).</summary>
        public string? WhatsAppNumber { get; set; }

        /// <summary>The order of the list: by last message or creation time, oldest or newest first.</summary>
        public ConversationOrdering? Ordering { get; set; }

        /// <summary>Conversations per page: the API's default is 20, its maximum 100.</summary>
        public int? PageSize { get; set; }
    }
}
