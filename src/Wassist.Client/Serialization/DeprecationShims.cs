// CUSTOM: sends deprecated fields of generated models under their replacements; see README.md.
using System;
using Newtonsoft.Json.Serialization;

namespace Wassist.Serialization
{
    /// <summary>
    /// Keeps deprecated request fields working: the value a caller sets on an old field is sent under its
    /// replacement, and the old field name is never sent.
    /// </summary>
    internal static class DeprecationShims
    {
        internal static void Apply(Type objectType, JsonObjectContract contract)
        {
            if (objectType == typeof(CreateConversationInput))
            {
                Redirect(contract, deprecated: "phoneNumber", replacement: "toNumber", target => ((CreateConversationInput)target).RecipientNumber());
            }
        }

        private static void Redirect(JsonObjectContract contract, string deprecated, string replacement, Func<object, object?> value)
        {
            var old = contract.Properties.GetClosestMatchProperty(deprecated)
                ?? throw new InvalidOperationException($"{contract.UnderlyingType.Name} no longer has '{deprecated}'; remove its shim.");
            var current = contract.Properties.GetClosestMatchProperty(replacement)
                ?? throw new InvalidOperationException($"{contract.UnderlyingType.Name} has no '{replacement}' for the '{deprecated}' shim.");
            old.ShouldSerialize = _ => false;
            ((RequestValueProvider)current.ValueProvider!).Computed = value;
        }
    }
}
