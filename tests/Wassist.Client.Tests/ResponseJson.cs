using Newtonsoft.Json;
using Wassist.Serialization;

namespace Wassist.Client.Tests;

/// <summary>Reads JSON with the client's response settings, as a response body is read.</summary>
internal static class ResponseJson
{
    internal static T Read<T>(string json)
    {
        var settings = new JsonSerializerSettings();
        WassistJson.Configure(settings, isRequest: false);
        return JsonConvert.DeserializeObject<T>(json, settings)!;
    }
}
