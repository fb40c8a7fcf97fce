using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Wassist.LiveCheck.Recording;

/// <summary>
/// Makes a live answer safe to keep as a fixture while keeping its shape: every value keeps its JSON type and format,
/// and the same real value always becomes the same stand-in (across all answers of one run), so ids still link
/// items to each other. Phone numbers (and any long digit string, such as a WhatsApp id) go into the UK drama range
/// 447700900000-447700900999; uuids become made-up uuids; emails, URLs, secrets and free text become placeholders;
/// dates, booleans, small numbers and short lower-case codes (enum values such as <c>open</c>) stay as they are.
/// </summary>
internal sealed class Redactor(string? apiKey)
{
    internal const long FictionalFirst = 447700900000;
    internal const long FictionalLast = 447700900999;

    private static readonly Regex Uuid = new(@"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static readonly Regex DateOrTime = new(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$|^\d{2}:\d{2}(:\d{2})?$");
    private static readonly Regex Email = new(@"^[^@\s]+@[^@\s]+\.[^@\s]+$");
    private static readonly Regex Url = new(@"^[a-zA-Z][a-zA-Z0-9+.-]*://");
    private static readonly Regex PhoneLike = new(@"^\+?[\d\s().-]+$");
    private static readonly Regex Digits = new(@"\d");
    private static readonly Regex Code = new(@"^[a-z][a-z0-9_.:-]{0,39}$");

    /// <summary>Member names whose text is always a secret.</summary>
    private static readonly string[] SecretNames = ["key", "token", "secret", "password", "signature", "credential", "authorization", "prefix"];

    /// <summary>Member names whose text is always written by a person, even when it looks like a code.</summary>
    private static readonly string[] TextNames = ["name", "title", "description", "text", "content", "body", "prompt", "message", "about", "address", "caption", "note", "summary", "email", "username", "label", "greeting"];

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);

    internal JToken Redact(JToken token) => Redact(token, memberName: "");

    private JToken Redact(JToken token, string memberName) => token switch
    {
        JObject obj => new JObject(obj.Properties().Select(p => new JProperty(RedactName(p.Name), Redact(p.Value, p.Name)))),
        JArray array => new JArray(array.Select(item => Redact(item, memberName))),
        JValue { Type: JTokenType.String } value => new JValue(RedactText((string)value!, memberName)),
        JValue { Type: JTokenType.Integer } value => RedactInteger(value),
        _ => token.DeepClone(),
    };

    /// <summary>A member name that is itself data (a map keyed by phone number or id) is redacted like a value.</summary>
    private string RedactName(string name) => Uuid.IsMatch(name) || Email.IsMatch(name) || IsPhoneLike(name) ? RedactText(name, "") : name;

    private JToken RedactInteger(JValue value)
    {
        var number = Convert.ToDecimal(value.Value, CultureInfo.InvariantCulture);
        return Math.Abs(number) < 1_000_000 ? value.DeepClone() : new JValue(long.Parse(Fictional(number.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture));
    }

    private string RedactText(string text, string memberName)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var member = memberName.ToLowerInvariant();
        if ((!string.IsNullOrEmpty(apiKey) && text.Contains(apiKey, StringComparison.Ordinal)) || SecretNames.Any(member.Contains))
        {
            return Mapped("secret", text, n => $"redacted-secret-{n}");
        }

        if (Uuid.IsMatch(text))
        {
            return Mapped("uuid", text.ToLowerInvariant(), n => $"00000000-0000-4000-8000-{n:D12}");
        }

        if (DateOrTime.IsMatch(text))
        {
            return text;
        }

        if (Url.IsMatch(text))
        {
            return Mapped("url", text, n => $"https://example.com/redacted/{n}");
        }

        if (Email.IsMatch(text))
        {
            return Mapped("email", text.ToLowerInvariant(), n => $"person{n}@example.com");
        }

        if (IsPhoneLike(text))
        {
            return (text.StartsWith('+') ? "+" : "") + Fictional(text);
        }

        var isCode = Code.IsMatch(text) && !Regex.IsMatch(text, @"\d{6}") && !TextNames.Any(member.Contains);
        return isCode || (PhoneLike.IsMatch(text) && Digits.Matches(text).Count < 7)
            ? text
            : Mapped("text", text, n => $"Redacted {(memberName.Length == 0 ? "text" : memberName)} {n}");
    }

    /// <summary>Seven digits or more, with only phone punctuation around them.</summary>
    private static bool IsPhoneLike(string text) => PhoneLike.IsMatch(text) && Digits.Matches(text).Count >= 7;

    /// <summary>The stand-in number in the fictional range for a real one (digits only), the same each time.</summary>
    private string Fictional(string number)
    {
        var digits = new string(number.Where(char.IsDigit).ToArray());
        return Mapped("phone", digits, n => (FictionalFirst + (n - 1) % (FictionalLast - FictionalFirst + 1)).ToString(CultureInfo.InvariantCulture));
    }

    private string Mapped(string kind, string real, Func<int, string> standIn)
    {
        var key = kind + "\n" + real;
        if (!_strings.TryGetValue(key, out var value))
        {
            var n = _counters[kind] = _counters.GetValueOrDefault(kind) + 1;
            _strings[key] = value = standIn(n);
        }

        return value;
    }
}
