// CUSTOM: the JSON settings every generated client uses (through the spec tool's UpdateJsonSerializerSettings glue); see README.md.
using Newtonsoft.Json;

namespace Wassist.Serialization
{
    /// <summary>
    /// The serializer settings every generated client uses: strict, validated request bodies and tolerant response
    /// reading. Generated clients call this from their <c>UpdateJsonSerializerSettings</c> partial.
    /// </summary>
    internal static class WassistJson
    {
        internal static void Configure(JsonSerializerSettings settings, bool isRequest)
        {
            settings.DateParseHandling = DateParseHandling.None;
            settings.MissingMemberHandling = MissingMemberHandling.Ignore;
            settings.ContractResolver = isRequest ? WassistContractResolver.Request : WassistContractResolver.Response;
        }
    }
}
