using Newtonsoft.Json;
using NUnit.Framework;
using Wassist.Serialization;

namespace Wassist.Client.Tests;

/// <summary>
/// Response reading tolerates fields the spec calls required: a future spec that marks a field required which live
/// traffic omits or nulls must not make the client throw.
/// </summary>
public class TolerantReadingTests
{
    private static T Read<T>(string json)
    {
        var settings = new JsonSerializerSettings();
        WassistJson.Configure(settings, isRequest: false);
        return JsonConvert.DeserializeObject<T>(json, settings)!;
    }

    [TestCase("{}")]
    [TestCase("""{"name":null}""")]
    public void A_required_field_missing_or_null_in_a_response_reads_as_unset(string json)
    {
        var template = Read<SendMessageTemplateInput>(json);

        Assert.That(template.Name, Is.Null);
    }

    [Test]
    public void Request_writing_still_insists_on_the_required_field()
    {
        var settings = new JsonSerializerSettings();
        WassistJson.Configure(settings, isRequest: true);

        var error = Assert.Throws<System.ArgumentException>(() => JsonConvert.SerializeObject(new SendMessageTemplateInput(), settings));

        Assert.That(error!.ParamName, Is.EqualTo("SendMessageTemplateInput.Name"));
    }
}
