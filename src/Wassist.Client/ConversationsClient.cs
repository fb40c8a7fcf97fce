namespace Wassist
{
    // Hand-written half of the generated Conversations client: base URL from the options, shared JSON settings.
    /// <summary>Conversations between your WhatsApp numbers and contacts; reached as <see cref="WassistClient.Conversations"/>.</summary>
    public partial class ConversationsClient
    {
        partial void Initialize() => _baseUrl = ApiRoot;

        static partial void UpdateJsonSerializerSettings(Newtonsoft.Json.JsonSerializerSettings settings, bool isRequest) =>
            Serialization.WassistJson.Configure(settings, isRequest);
    }
}
