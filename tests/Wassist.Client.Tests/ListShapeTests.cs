using System.Collections.Generic;
using Newtonsoft.Json;
using NUnit.Framework;

namespace Wassist.Client.Tests;

/// <summary>
/// The shapes a list answer may take: a bare array or a page envelope for either a list or a page type, an object
/// whose one list is the answer, and what is refused (a scalar, an object with several lists and no results).
/// </summary>
public class ListShapeTests
{
    /// <summary>A page envelope: Count, Next, Previous and a Results list.</summary>
    public sealed class Page
    {
        [JsonProperty("count")] public int? Count { get; set; }
        [JsonProperty("next")] public string? Next { get; set; }
        [JsonProperty("previous")] public string? Previous { get; set; }
        [JsonProperty("results")] public ICollection<string>? Results { get; set; }
    }

    /// <summary>The envelope's field names with a scalar Results: an ordinary model, not a page.</summary>
    public sealed class Tally
    {
        [JsonProperty("count")] public int? Count { get; set; }
        [JsonProperty("next")] public string? Next { get; set; }
        [JsonProperty("previous")] public string? Previous { get; set; }
        [JsonProperty("results")] public string? Results { get; set; }
    }

    private static T Read<T>(string json) => ResponseJson.Read<T>(json);

    [Test]
    public void A_bare_array_read_as_a_page_is_one_last_page_counting_its_items()
    {
        var page = Read<Page>("""["a","b","c"]""");

        Assert.That(page.Results, Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(page.Count, Is.EqualTo(3));
        Assert.That(page.Next, Is.Null);
        Assert.That(page.Previous, Is.Null);
    }

    [Test]
    public void A_model_with_the_envelope_names_but_a_scalar_results_reads_as_a_plain_model()
    {
        var tally = Read<Tally>("""{"count":2,"next":"n","previous":"p","results":"done"}""");

        Assert.That((tally.Count, tally.Next, tally.Previous, tally.Results), Is.EqualTo((2, "n", "p", "done")));
    }

    [Test]
    public void A_list_answer_reads_the_results_of_an_envelope_not_its_other_lists()
    {
        var list = Read<IReadOnlyList<string>>("""{"results":["a","b"],"warnings":["w"],"count":2}""");

        Assert.That(list, Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void A_list_answer_reads_the_results_after_several_other_lists()
    {
        var list = Read<IReadOnlyList<string>>("""{"first":["x"],"second":["y"],"results":["r"]}""");

        Assert.That(list, Is.EqualTo(new[] { "r" }));
    }

    [Test]
    public void A_list_answer_reads_the_only_list_of_an_object_that_names_it_otherwise()
    {
        var list = Read<IReadOnlyList<string>>("""{"available_numbers":["+447700900123"],"total":1}""");

        Assert.That(list, Is.EqualTo(new[] { "+447700900123" }));
    }

    [Test]
    public void An_object_with_several_lists_and_no_results_is_refused()
    {
        var error = Assert.Throws<JsonSerializationException>(() => Read<IReadOnlyList<string>>("""{"first":["x"],"second":["y"]}"""));

        Assert.That(error!.Message, Is.EqualTo("Expected a list of String, a page envelope with a 'results' list, or an object with one list."));
    }

    [Test]
    public void A_scalar_is_neither_a_list_nor_a_page()
    {
        var error = Assert.Throws<JsonSerializationException>(() => Read<IReadOnlyList<string>>("\"a\""));

        Assert.That(error!.Message, Is.EqualTo("Expected a list or a page envelope, got String."));
    }
}
