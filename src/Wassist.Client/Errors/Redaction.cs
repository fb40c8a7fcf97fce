namespace Wassist
{
    /// <summary>Removes the API key from text that may end up in exceptions or logs.</summary>
    internal static class Redaction
    {
        internal const string Placeholder = "[redacted]";

        internal static string? Redact(string? text, string apiKey) =>
            text is null || string.IsNullOrEmpty(apiKey) ? text : text.Replace(apiKey, Placeholder);
    }
}
