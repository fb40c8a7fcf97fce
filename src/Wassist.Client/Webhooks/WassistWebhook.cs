using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Wassist
{
    /// <summary>
    /// Checks that a webhook request really came from Wassist, then reads its event. Wassist signs each delivery with
    /// the webhook's signing secret: <c>X-Wassist-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>, where v1 is
    /// HMAC-SHA256 over <c>"&lt;t&gt;.&lt;raw body&gt;"</c>. Verify the raw body exactly as received, before any
    /// JSON parsing or re-encoding.
    /// </summary>
    public sealed class WassistWebhook
    {
        /// <summary>The request header that carries the signature.</summary>
        public const string SignatureHeader = "X-Wassist-Signature";

        /// <summary>The request header that names the event (also in the body as <c>event</c>).</summary>
        public const string EventHeader = "X-Wassist-Event";

        /// <summary>The request header with the delivery id, unchanged across retries: use it to drop duplicates.</summary>
        public const string DeliveryHeader = "X-Wassist-Delivery";

        /// <summary>The default <see cref="Tolerance"/>: 300 seconds.</summary>
        public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

        private readonly byte[] _secret;
        private TimeSpan _tolerance = DefaultTolerance;

        /// <summary>Creates a verifier for one webhook's signing secret (from the Wassist dashboard).</summary>
        public WassistWebhook(string signingSecret)
        {
            if (string.IsNullOrEmpty(signingSecret))
            {
                throw new ArgumentException("The webhook signing secret is required.", nameof(signingSecret));
            }

            _secret = Encoding.UTF8.GetBytes(signingSecret);
        }

        /// <summary>
        /// How far the signature's timestamp may be from now, either way, before the delivery is refused as a replay;
        /// 300 s by default. <see cref="TimeSpan.Zero"/> turns the check off.
        /// </summary>
        public TimeSpan Tolerance
        {
            get => _tolerance;
            set => _tolerance = value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), "Tolerance cannot be negative; use TimeSpan.Zero to turn the check off.");
        }

        /// <summary>The clock the tolerance is measured against; tests pin it.</summary>
        internal Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

        /// <summary>Verifies the signature of a raw body given as bytes; throws <see cref="WassistSignatureVerificationException"/> if it does not hold.</summary>
        public void Verify(byte[] payload, string? signatureHeader)
        {
            if (payload is null)
            {
                throw new ArgumentNullException(nameof(payload));
            }

            var (timestamp, signatures) = ParseHeader(signatureHeader);
            if (_tolerance > TimeSpan.Zero)
            {
                var age = Clock() - DateTimeOffset.FromUnixTimeSeconds(timestamp);
                if (age.Duration() > _tolerance)
                {
                    throw new WassistSignatureVerificationException(WassistSignatureFailure.TimestampOutsideTolerance,
                        $"The webhook signature timestamp is {Math.Abs(age.TotalSeconds):0} s from now, beyond the tolerance of {_tolerance.TotalSeconds:0} s; the delivery may be a replay.");
                }
            }

            var expected = Compute(timestamp, payload);
            foreach (var candidate in signatures)
            {
                if (Hmac.FixedTimeEquals(expected, candidate))
                {
                    return;
                }
            }

            throw new WassistSignatureVerificationException(WassistSignatureFailure.SignatureMismatch,
                "The webhook signature does not match the body: check the signing secret, and verify the raw body exactly as received.");
        }

        /// <summary>Verifies the signature of a raw body given as text (encoded as UTF-8, as Wassist sends it).</summary>
        public void Verify(string payload, string? signatureHeader) =>
            Verify(Encoding.UTF8.GetBytes(payload ?? throw new ArgumentNullException(nameof(payload))), signatureHeader);

        /// <summary>Verifies the signature, then reads the event; see <see cref="ParseEvent(string)"/>.</summary>
        public WassistEvent ConstructEvent(byte[] payload, string? signatureHeader)
        {
            Verify(payload, signatureHeader);
            return WassistEvent.Parse(Encoding.UTF8.GetString(payload));
        }

        /// <summary>Verifies the signature, then reads the event; see <see cref="ParseEvent(string)"/>.</summary>
        public WassistEvent ConstructEvent(string payload, string? signatureHeader)
        {
            Verify(payload, signatureHeader);
            return WassistEvent.Parse(payload);
        }

        /// <summary>
        /// Reads an event without checking its signature (only for bodies already verified, or the CLI relay). The
        /// result is the subclass for its type (<see cref="MessageReceivedEvent"/>, ...); an event type this client
        /// does not know is a plain <see cref="WassistEvent"/> whose <see cref="WassistEvent.Json"/> holds everything.
        /// Throws <see cref="FormatException"/> when the body is not a JSON object.
        /// </summary>
        public static WassistEvent ParseEvent(string payload) => WassistEvent.Parse(payload);

        /// <summary>The signature header Wassist would send for this body at <paramref name="timestamp"/>; for tests and local tools.</summary>
        public static string ComputeSignatureHeader(string signingSecret, long timestamp, string payload)
        {
            var webhook = new WassistWebhook(signingSecret);
            return $"t={timestamp.ToString(CultureInfo.InvariantCulture)},v1={Hmac.ToHex(webhook.Compute(timestamp, Encoding.UTF8.GetBytes(payload)))}";
        }

        private byte[] Compute(long timestamp, byte[] payload)
        {
            var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
            var message = new byte[prefix.Length + payload.Length];
            Buffer.BlockCopy(prefix, 0, message, 0, prefix.Length);
            Buffer.BlockCopy(payload, 0, message, prefix.Length, payload.Length);
            return Hmac.Sha256(_secret, message);
        }

        private static (long Timestamp, List<byte[]> Signatures) ParseHeader(string? header)
        {
            if (string.IsNullOrWhiteSpace(header))
            {
                throw new WassistSignatureVerificationException(WassistSignatureFailure.MissingHeader, $"The {SignatureHeader} header is missing.");
            }

            long? timestamp = null;
            var signatures = new List<byte[]>();
            foreach (var part in header!.Split(','))
            {
                var equals = part.IndexOf('=');
                if (equals <= 0)
                {
                    continue;
                }

                var key = part.Substring(0, equals).Trim();
                var value = part.Substring(equals + 1).Trim();
                if (key == "t" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var t))
                {
                    timestamp = t;
                }
                else if (key == "v1" && Hmac.FromHex(value) is { } bytes)
                {
                    signatures.Add(bytes);
                }
            }

            if (timestamp is null || signatures.Count == 0 || timestamp.Value > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            {
                throw new WassistSignatureVerificationException(WassistSignatureFailure.MalformedHeader,
                    $"The {SignatureHeader} header must look like t=<unix seconds>,v1=<hex HMAC-SHA256>.");
            }

            return (timestamp.Value, signatures);
        }
    }

    /// <summary>Why a signature was refused: of a webhook delivery, a Wassist App context token or a setup redirect.</summary>
    public enum WassistSignatureFailure
    {
        /// <summary>No <c>X-Wassist-Signature</c> header.</summary>
        MissingHeader,

        /// <summary>The header has no usable <c>t</c> or <c>v1</c>.</summary>
        MalformedHeader,

        /// <summary>The timestamp is further from now than the tolerance (a replay, or a wrong clock).</summary>
        TimestampOutsideTolerance,

        /// <summary>
        /// No signature matches: wrong secret, or the body, token or redirect parameters were changed (or a webhook
        /// body was re-encoded).
        /// </summary>
        SignatureMismatch,

        /// <summary>No context token: empty, or absent from the tool call's <c>_meta</c>.</summary>
        MissingToken,

        /// <summary>The context token is not a well-formed JWT, or lacks a claim the app needs.</summary>
        MalformedToken,

        /// <summary>The context token's header names an algorithm other than HS256.</summary>
        UnsupportedAlgorithm,

        /// <summary>The context token was issued for another app: its <c>aud</c> does not name this client id.</summary>
        AudienceMismatch,

        /// <summary>The context token was not issued by Wassist: its <c>iss</c> is not <c>https://wassist.app</c>.</summary>
        IssuerMismatch,

        /// <summary>The context token's <c>exp</c>, plus the clock leeway, has passed.</summary>
        TokenExpired,

        /// <summary>The setup redirect lacks <c>hmac</c>, <c>timestamp</c>, <c>installation_id</c> or <c>organization_id</c>.</summary>
        MissingParameter,

        /// <summary>A setup redirect parameter cannot be read (a timestamp that is not a number, an hmac that is not hex, a repeated key).</summary>
        MalformedParameter,
    }

    /// <summary>
    /// A signature that does not hold: a webhook delivery (answer it with 400), a Wassist App context token or a setup
    /// redirect. Do not act on the request; <see cref="Reason"/> says which check failed.
    /// </summary>
    public sealed class WassistSignatureVerificationException : Exception
    {
        internal WassistSignatureVerificationException(WassistSignatureFailure reason, string message)
            : base(message) => Reason = reason;

        /// <summary>Which check failed.</summary>
        public WassistSignatureFailure Reason { get; }
    }
}
