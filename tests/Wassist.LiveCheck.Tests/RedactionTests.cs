using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using Wassist.LiveCheck.Recording;

namespace Wassist.LiveCheck.Tests;

/// <summary>What a recorded answer keeps and what it loses, on answers written by hand with every kind of private value.</summary>
public class RedactionTests
{
    private const string Key = "wsk_live_9d7e1c0b2a4f";

    private const string Answer = """
        {
          "id": "5f1c2a9e-8b7d-4c3e-a1f2-0e9d8c7b6a51",
          "agent": {"id": "5F1C2A9E-8B7D-4C3E-A1F2-0E9D8C7B6A51", "name": "Front desk"},
          "contact": {"id": "0b6f4a52-3c1d-4e8f-9a7b-2c5d1e0f3a94", "phoneNumber": "447911123456", "name": "Ada Lovelace", "email": "ada@example.org"},
          "whatsappNumber": "+1 (415) 555-0123",
          "waId": "109876543210987",
          "fromNumber": 14155550123,
          "status": "open",
          "role": "assistant",
          "unreadCount": 3,
          "active": true,
          "createdAt": "2026-11-27T09:15:02.123456Z",
          "lastMessage": {"text": "Call me on 07911 123456 please", "type": "text"},
          "webhookUrl": "https://user:hunter2@hooks.example.org/in?token=abc",
          "secret": "whsec_4b2d9e",
          "note": "key wsk_live_9d7e1c0b2a4f pasted here",
          "byNumber": {"447911123456": "primary"}
        }
        """;

    [Test]
    public void No_secret_name_email_or_real_number_survives()
    {
        var text = new Redactor(Key).Redact(Parse(Answer)).ToString();

        foreach (var secret in new[] { Key, "whsec_4b2d9e", "hunter2", "hooks.example.org", "Ada", "Lovelace", "ada@example.org", "Front desk", "07911", "123456 please" })
        {
            Assert.That(text, Does.Not.Contain(secret));
        }

        Assert.That(NumbersOutsideTheFictionalRange(text), Is.Empty);
    }

    [Test]
    public void Ids_map_consistently_within_and_across_answers()
    {
        var redactor = new Redactor(Key);
        var first = redactor.Redact(Parse(Answer));
        var second = redactor.Redact(Parse("""[{"id": "0b6f4a52-3c1d-4e8f-9a7b-2c5d1e0f3a94", "phoneNumber": "447911123456"}]"""));

        Assert.Multiple(() =>
        {
            Assert.That((string?)first["agent"]!["id"], Is.EqualTo((string?)first["id"]), "the same uuid in another case");
            Assert.That((string?)first["contact"]!["id"], Is.Not.EqualTo((string?)first["id"]));
            Assert.That((string?)second[0]!["id"], Is.EqualTo((string?)first["contact"]!["id"]), "the same contact in a later answer");
            Assert.That((string?)second[0]!["phoneNumber"], Is.EqualTo((string?)first["contact"]!["phoneNumber"]));
            Assert.That(((JObject)first["byNumber"]!).Properties().Single().Name, Is.EqualTo((string?)first["contact"]!["phoneNumber"]), "a number used as a key");
            Assert.That((string?)first["id"], Does.Match("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"), "still a uuid");
        });
    }

    [Test]
    public void Codes_dates_booleans_counts_and_json_types_are_kept()
    {
        var redacted = new Redactor(Key).Redact(Parse(Answer));

        Assert.Multiple(() =>
        {
            Assert.That((string?)redacted["status"], Is.EqualTo("open"));
            Assert.That((string?)redacted["role"], Is.EqualTo("assistant"));
            Assert.That((string?)redacted["lastMessage"]!["type"], Is.EqualTo("text"));
            Assert.That((string?)redacted["createdAt"], Is.EqualTo("2026-11-27T09:15:02.123456Z"));
            Assert.That((int)redacted["unreadCount"]!, Is.EqualTo(3));
            Assert.That((bool)redacted["active"]!, Is.True);
            Assert.That(redacted["fromNumber"]!.Type, Is.EqualTo(JTokenType.Integer));
            Assert.That((string?)redacted["whatsappNumber"], Does.StartWith("+4477009"));
            Assert.That((string?)redacted["contact"]!["email"], Does.Match(@"^person\d+@example\.com$"));
            Assert.That((string?)redacted["webhookUrl"], Does.StartWith("https://example.com/"));
        });
    }

    private static JToken Parse(string json) => LiveCheckRun.Parse(json, out _)!;

    /// <summary>
    /// Every run of seven digits or more (phone punctuation allowed) that is not 447700900000-447700900999, once uuids
    /// and dates, whose digits are no phone number, are taken out.
    /// </summary>
    internal static string[] NumbersOutsideTheFictionalRange(string text) =>
        Regex.Matches(Regex.Replace(text, @"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\d{4}-\d{2}-\d{2}T[\d:.]+", ""), @"\+?\d[\d ()-]{5,}\d")
            .Select(m => Regex.Replace(m.Value, @"\D", ""))
            .Where(digits => digits.Length >= 7 && !(digits.Length == 12 && long.Parse(digits) is >= 447700900000 and <= 447700900999))
            .ToArray();
}
