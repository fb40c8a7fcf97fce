using System;
using Newtonsoft.Json.Linq;

namespace Wassist.Testing
{
    /// <summary>
    /// What the API fills in on create beyond the request's own fields, where the request names things differently
    /// from the resource: a conversation's contact and agent, a sent message's role and status.
    /// </summary>
    internal static class CreatedResources
    {
        internal static void Shape(string operationId, JObject item, JObject body, ResourceStore store)
        {
            switch (operationId)
            {
                case "Conversations_Create":
                    Conversation(item, body, store);
                    break;
                case "Conversations_SendMessage":
                    item["role"] = "assistant";
                    item["status"] = "sent";
                    break;
            }
        }

        private static void Conversation(JObject item, JObject body, ResourceStore store)
        {
            // The API keeps numbers as digits without '+'; phoneNumber is the deprecated name of toNumber.
            var number = ((string?)body["toNumber"] ?? (string?)body["phoneNumber"])?.TrimStart('+');
            if (number is not null)
            {
                var contact = store.FindAny("contacts", c => (string?)c["phoneNumber"] == number);
                item["contact"] = new JObject
                {
                    ["id"] = (string?)contact?["id"] ?? Guid.NewGuid().ToString(),
                    ["phoneNumber"] = number,
                    ["name"] = contact?["name"]?.DeepClone() ?? JValue.CreateNull(),
                };
            }

            if ((string?)body["agentId"] is { } agentId)
            {
                var agent = store.FindAny("agents", a => string.Equals((string?)a["id"], agentId, StringComparison.OrdinalIgnoreCase));
                item["activeAgent"] = new JObject { ["id"] = agentId, ["name"] = agent?["name"]?.DeepClone() ?? JValue.CreateNull() };
            }

            item["active"] = true;
        }
    }
}
