// CUSTOM: hand-written half of the generated CreateConversationInput (the deprecated PhoneNumber rule); see README.md.
using System;

namespace Wassist
{
    /// <summary>Body of <see cref="ConversationsClient.CreateAsync(CreateConversationInput, WassistRequestOptions?, System.Threading.CancellationToken)"/>: whom to talk to, from which number, with which agent.</summary>
    public partial class CreateConversationInput
    {
        /// <summary>
        /// The number sent as <c>toNumber</c>: <see cref="ToNumber"/>, or the deprecated <see cref="PhoneNumber"/>
        /// when only that is set. Setting both to different numbers is refused before any request is made.
        /// </summary>
        internal string? RecipientNumber()
        {
#pragma warning disable CS0618 // PhoneNumber is obsolete; this is the one place that maps it.
            var deprecated = PhoneNumber;
#pragma warning restore CS0618
            if (deprecated is null || deprecated == ToNumber)
            {
                return ToNumber;
            }

            if (ToNumber is null)
            {
                return deprecated;
            }

            throw new ArgumentException(
                $"{nameof(CreateConversationInput)}.{nameof(ToNumber)} and the deprecated {nameof(CreateConversationInput)}.PhoneNumber are both set, to different numbers. PhoneNumber is the old name of ToNumber: set only ToNumber.",
                nameof(ToNumber));
        }
    }
}
