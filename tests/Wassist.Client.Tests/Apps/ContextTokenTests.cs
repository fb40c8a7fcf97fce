using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using Wassist.Apps;
using static Wassist.Client.Tests.Apps.AppVectors;
using Wassist.Tests.Shared;

namespace Wassist.Client.Tests.Apps;

/// <summary>Context tokens are accepted only when signed for this app by Wassist and unexpired; each refusal names its check.</summary>
public class ContextTokenTests
{
    // Signed with "cs_test_SECRET_987" outside .NET (Python hmac + base64), claims as in AppVectors.Claims().
    private const string IndependentToken =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL3dhc3Npc3QuYXBwIiwiYXVkIjoiYXBwX3Rlc3RfaWQiLCJleHAiOjE4MDAwMDA2MDAsImluc3RhbGxhdGlvbl9pZCI6Imluc3RfNWYxYyIsIm9yZ2FuaXphdGlvbl9pZCI6Im9yZ180MiIsImFnZW50X2lkIjoiYWdlbnRfNyIsInNlc3Npb25faWQiOiJzZXNzXzkifQ.ryKbBYvDUbqgAM4Sb_SBXDbyjZBYRbRvAuyINq9KMiY";

    private static WassistSignatureFailure Refusal(string token)
    {
        using var app = App();
        return Assert.Throws<WassistSignatureVerificationException>(() => app.VerifyContextToken(token))!.Reason;
    }

    [Promise("context-token")]
    [Test]
    public void A_valid_token_gives_the_callers_context()
    {
        using var app = App();

        var context = app.VerifyContextToken(IndependentToken);

        Assert.That(context.InstallationId, Is.EqualTo("inst_5f1c"));
        Assert.That(context.OrganizationId, Is.EqualTo("org_42"));
        Assert.That(context.AgentId, Is.EqualTo("agent_7"));
        Assert.That(context.SessionId, Is.EqualTo("sess_9"));
        Assert.That(context.ExpiresAt, Is.EqualTo(new DateTimeOffset(2027, 1, 15, 8, 10, 0, TimeSpan.Zero)));
        Assert.That(context.Token, Is.EqualTo(IndependentToken));
        Assert.That(context.ToString(), Does.Not.Contain(IndependentToken));
    }

    [Test]
    public void The_test_signer_matches_the_independent_vector() =>
        Assert.That(Token(), Is.EqualTo(IndependentToken));

    [Test]
    public void A_bearer_prefix_is_accepted_and_dropped()
    {
        using var app = App();

        Assert.That(app.VerifyContextToken("Bearer " + IndependentToken).Token, Is.EqualTo(IndependentToken));
    }

    [TestCase("""{"alg":"HS512","typ":"JWT"}""")]
    [TestCase("""{"alg":"none","typ":"JWT"}""")]
    [TestCase("""{"alg":"hs256"}""")]
    [TestCase("""{"typ":"JWT"}""")]
    public void Another_algorithm_is_refused(string header) =>
        Assert.That(Refusal(Token(header: header)), Is.EqualTo(WassistSignatureFailure.UnsupportedAlgorithm));

    [Promise("webhook-signature")]
    [Test]
    public void A_tampered_payload_is_refused()
    {
        var parts = IndependentToken.Split('.');
        var forged = Base64Url(System.Text.Encoding.UTF8.GetBytes(Claims().Replace("inst_5f1c", "inst_other")));

        Assert.That(Refusal($"{parts[0]}.{forged}.{parts[2]}"), Is.EqualTo(WassistSignatureFailure.SignatureMismatch));
    }

    [Promise("context-token")]
    [Test]
    public void A_token_signed_with_another_secret_is_refused() =>
        Assert.That(Refusal(Token(secret: "cs_someone_else")), Is.EqualTo(WassistSignatureFailure.SignatureMismatch));

    [Test]
    public void A_token_signed_with_the_previous_secret_is_accepted_during_rotation()
    {
        using var app = App();

        Assert.That(app.VerifyContextToken(Token(secret: PreviousSecret)).SessionId, Is.EqualTo("sess_9"));
    }

    [Test]
    public void Without_a_previous_secret_a_token_signed_with_it_is_refused()
    {
        using var app = App(previousSecret: null);

        var error = Assert.Throws<WassistSignatureVerificationException>(() => app.VerifyContextToken(Token(secret: PreviousSecret)))!;

        Assert.That(error.Reason, Is.EqualTo(WassistSignatureFailure.SignatureMismatch));
    }

    [TestCase("\"app_other\"")]
    [TestCase("""["app_other","app_third"]""")]
    [TestCase("[]")]
    [TestCase("null")]
    public void A_token_for_another_app_is_refused(string aud) =>
        Assert.That(Refusal(Token(Claims(aud: aud))), Is.EqualTo(WassistSignatureFailure.AudienceMismatch));

    [Test]
    public void An_audience_array_that_names_this_app_is_accepted()
    {
        using var app = App();

        Assert.That(app.VerifyContextToken(Token(Claims(aud: """["app_other","app_test_id"]"""))).AgentId, Is.EqualTo("agent_7"));
    }

    [TestCase("\"https://evil.example\"")]
    [TestCase("\"https://wassist.app/\"")]
    [TestCase("null")]
    public void A_token_from_another_issuer_is_refused(string iss) =>
        Assert.That(Refusal(Token(Claims(iss: iss))), Is.EqualTo(WassistSignatureFailure.IssuerMismatch));

    [TestCase(-1)]
    [TestCase(-20)]
    [TestCase(-30)]
    public void A_token_expired_within_the_30_second_leeway_is_accepted(int secondsAgo)
    {
        using var app = App();

        Assert.That(app.VerifyContextToken(Token(Claims(exp: NowSeconds + secondsAgo))).ExpiresAt, Is.EqualTo(Now.AddSeconds(secondsAgo)));
    }

    [TestCase(-31)]
    [TestCase(-3600)]
    public void A_token_expired_beyond_the_leeway_is_refused(int secondsAgo) =>
        Assert.That(Refusal(Token(Claims(exp: NowSeconds + secondsAgo))), Is.EqualTo(WassistSignatureFailure.TokenExpired));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("Bearer ")]
    public void A_missing_token_is_refused(string token) =>
        Assert.That(Refusal(token), Is.EqualTo(WassistSignatureFailure.MissingToken));

    [TestCase("not-a-jwt")]
    [TestCase("a.b")]
    [TestCase("a.b.c.d")]
    [TestCase("eyJhbGciOiJIUzI1NiJ9.!!!.c2ln")]
    [TestCase("e30.e30.")]
    public void A_malformed_token_is_refused(string token) =>
        Assert.That(Refusal(token), Is.EqualTo(WassistSignatureFailure.MalformedToken));

    [Test]
    public void A_token_without_a_session_claim_is_refused_as_malformed()
    {
        var claims = Claims().Replace(",\"session_id\":\"sess_9\"", "");
        Assert.That(claims, Does.Not.Contain("session_id"));

        Assert.That(Refusal(Token(claims)), Is.EqualTo(WassistSignatureFailure.MalformedToken));
    }

    [Test]
    public void The_token_is_read_from_the_tool_calls_meta()
    {
        using var app = App();
        var meta = new Dictionary<string, object?> { ["wassist.app/context_token"] = IndependentToken, ["wassist.app/other"] = "x" };

        Assert.That(app.VerifyContextToken(meta).InstallationId, Is.EqualTo("inst_5f1c"));
    }

    [Test]
    public void A_meta_value_from_System_Text_Json_is_read_as_its_string()
    {
        using var app = App();
        var node = JsonNode.Parse($$"""{"wassist.app/context_token":"{{IndependentToken}}"}""")!.AsObject();
        var fromNode = new Dictionary<string, object?> { [WassistApp.ContextTokenMetaKey] = node[WassistApp.ContextTokenMetaKey] };
        var fromElement = new Dictionary<string, object?> { [WassistApp.ContextTokenMetaKey] = JsonDocument.Parse($"\"{IndependentToken}\"").RootElement };

        Assert.That(app.VerifyContextToken(fromNode).SessionId, Is.EqualTo("sess_9"));
        Assert.That(app.VerifyContextToken(fromElement).SessionId, Is.EqualTo("sess_9"));
    }

    [Test]
    public void Meta_without_the_token_is_refused_as_missing()
    {
        using var app = App();
        var meta = new Dictionary<string, object?> { ["progressToken"] = "p1" };

        var error = Assert.Throws<WassistSignatureVerificationException>(() => app.VerifyContextToken(meta))!;

        Assert.That(error.Reason, Is.EqualTo(WassistSignatureFailure.MissingToken));
        Assert.That(error.Message, Does.Contain("wassist.app/context_token"));
    }

    [Test]
    public void No_refusal_shows_the_secret()
    {
        var tokens = new[] { Token(secret: "cs_someone_else"), Token(Claims(aud: "\"x\"")), Token(Claims(exp: 1)), "x.y.z" };
        using var app = App();

        foreach (var token in tokens)
        {
            var error = Assert.Throws<WassistSignatureVerificationException>(() => app.VerifyContextToken(token))!;
            Assert.That(error.ToString(), Does.Not.Contain(Secret).And.Not.Contain(PreviousSecret));
        }
    }
}
