using System;
using System.Net;
using System.Threading.Tasks;
using NUnit.Framework;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests;

/// <summary>
/// What toNumber, fromNumber and the {number} path key accept: E.164 digits with or without '+', sent unchanged;
/// anything with letters or other characters is refused before a request is made.
/// </summary>
public class PhoneNumberTests
{
    [Promise("phone-number-forms")]
    [TestCase("+447700900123")]
    [TestCase("447700900123")]
    [TestCase("+14155550123")]
    [TestCase("+447424845871")]
    public async Task Both_input_forms_are_sent_unchanged(string number)
    {
        using var test = new TestClient();
        var captured = test.RespondToCreate(HttpStatusCode.Created, Fixture.Read("conversations/conversation.open.json"));

        await test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = number, FromNumber = number });

        Assert.That(captured.Body, Is.EqualTo("{\"toNumber\":\"" + number + "\",\"fromNumber\":\"" + number + "\"}"));
    }

    [Promise("phone-number-refused")]
    [TestCase("+44 7700 900123", "' '")]
    [TestCase("+44-7700-900123", "'-'")]
    [TestCase("(415) 555-0123", "'('")]
    [TestCase("07700900123", "starts with 0")]
    [TestCase("+4477009001234567", "16 digits")]
    [TestCase("12345", "5 digits")]
    [TestCase("+", "0 digits")]
    [TestCase("++447700900123", "'+'")]
    [TestCase("447700900123 ", "' '")]
    [TestCase("+447700900123\n", "'\n'")]
    public async Task A_malformed_to_number_is_refused_before_sending(string number, string reason)
    {
        using var test = new TestClient();
        var captured = test.RespondToCreate(HttpStatusCode.Created, Fixture.Read("conversations/conversation.open.json"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = number }));

        Assert.That(error!.ParamName, Is.EqualTo("CreateConversationInput.ToNumber"));
        Assert.That(error.Message, Does.Contain(reason));
        Assert.That(captured.Count, Is.EqualTo(0));
    }

    [Promise("phone-number-refused")]
    [TestCase("+44770090O123")]
    [TestCase("call me")]
    [TestCase("whatsapp:+447700900123")]
    [TestCase("+447700900123x")]
    [TestCase("+٤٤٧٧٠٠٩٠٠١٢٣")]
    [TestCase("+44 7700 900123")]
    [TestCase("+44-7700-900123")]
    [TestCase("(415) 555-0123")]
    public async Task Letters_in_from_number_are_refused_before_sending(string number)
    {
        using var test = new TestClient();
        var captured = test.RespondToCreate(HttpStatusCode.Created, Fixture.Read("conversations/conversation.open.json"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => test.Wassist.Conversations.CreateAsync(new CreateConversationInput { ToNumber = "+447700900123", FromNumber = number }));

        Assert.That(error!.ParamName, Is.EqualTo("CreateConversationInput.FromNumber"));
        Assert.That(captured.Count, Is.EqualTo(0));
    }

    [Test]
    public async Task The_deprecated_phone_number_is_checked_like_to_number()
    {
        using var test = new TestClient();
        var captured = test.RespondToCreate(HttpStatusCode.Created, Fixture.Read("conversations/conversation.open.json"));

#pragma warning disable CS0618
        var input = new CreateConversationInput { PhoneNumber = "tel:447700900123" };
#pragma warning restore CS0618

        Assert.That(async () => await test.Wassist.Conversations.CreateAsync(input), Throws.ArgumentException);
        Assert.That(captured.Count, Is.EqualTo(0));
    }

    [TestCase("+447700900100", "447700900100")]
    [TestCase("447700900100", "447700900100")]
    public void The_path_key_is_the_digits_without_plus(string input, string key)
    {
        Assert.That(WassistPhoneNumbers.ToPathKey(input), Is.EqualTo(key));
        Assert.That(WassistPhoneNumbers.IsValid(input), Is.True);
    }

    [TestCase("44770090010a")]
    [TestCase("4477/00900100")]
    [TestCase("..%2F")]
    [TestCase("")]
    public void A_path_key_with_anything_but_digits_is_refused(string input)
    {
        Assert.Throws<ArgumentException>(() => WassistPhoneNumbers.ToPathKey(input));
        Assert.That(WassistPhoneNumbers.IsValid(input), Is.False);
    }

    [TestCase("1234567", true)]
    [TestCase("+1234567", true)]
    [TestCase("123456789012345", true)]
    [TestCase("+123456789012345", true)]
    [TestCase("123456", false)]
    [TestCase("+123456", false)]
    [TestCase("1234567890123456", false)]
    [TestCase("+1234567890123456", false)]
    public void An_international_number_has_7_to_15_digits(string number, bool valid) =>
        Assert.That(WassistPhoneNumbers.IsValid(number), Is.EqualTo(valid));

    [Test]
    public void An_empty_path_key_is_refused_saying_it_is_empty()
    {
        var error = Assert.Throws<ArgumentException>(() => WassistPhoneNumbers.ToPathKey(""))!;

        Assert.That(error.ParamName, Is.EqualTo("number"));
        Assert.That(error.Message, Does.StartWith("number '' is not a phone number the Wassist API accepts: it is empty. Give the international number as digits, with or without a leading '+', e.g. +447700900123."));
    }
}
