namespace Wassist
{
    /// <summary>Removes the API key (or the app's client secret and Basic token) from text that may end up in exceptions or logs.</summary>
    internal static class Redaction
    {
        internal const string Placeholder = "[redacted]";

        internal static string? Redact(string? text, params string[] secrets)
        {
            foreach (var secret in secrets)
            {
                text = text is null || string.IsNullOrEmpty(secret) ? text : text.Replace(secret, Placeholder);
            }

            return text;
        }
    }
}
