using System.Net;
using System.Net.Http;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Wassist.Testing
{
    /// <summary>An answer of the fake before it becomes an <see cref="HttpResponseMessage"/>: a status, a JSON body (or none) and headers.</summary>
    internal sealed class FakeResponse
    {
        private FakeResponse(int status, string? body)
        {
            Status = status;
            Body = body;
        }

        internal int Status { get; }

        internal string? Body { get; }

        internal string? RetryAfter { get; private set; }

        internal string? Allow { get; private set; }

        internal static FakeResponse Json(int status, JToken body) => new FakeResponse(status, body.ToString(Formatting.None));

        internal static FakeResponse Text(int status, string? body) => new FakeResponse(status, body);

        internal static FakeResponse Empty(int status) => new FakeResponse(status, null);

        /// <summary>DRF's answer for an id that does not exist.</summary>
        internal static FakeResponse NotFound() => Detail(404, "Not found.");

        internal static FakeResponse Detail(int status, string detail) => Json(status, new JObject { ["detail"] = detail });

        internal FakeResponse WithRetryAfter(string seconds)
        {
            RetryAfter = seconds;
            return this;
        }

        internal FakeResponse WithAllow(string methods)
        {
            Allow = methods;
            return this;
        }

        internal HttpResponseMessage ToMessage(HttpRequestMessage request)
        {
            var message = new HttpResponseMessage((HttpStatusCode)Status) { RequestMessage = request };
            if (Body is not null)
            {
                message.Content = new StringContent(Body, Encoding.UTF8, "application/json");
            }

            if (RetryAfter is not null)
            {
                message.Headers.TryAddWithoutValidation("Retry-After", RetryAfter);
            }

            if (Allow is not null)
            {
                message.Content ??= new ByteArrayContent(new byte[0]);
                message.Content.Headers.TryAddWithoutValidation("Allow", Allow);
            }

            return message;
        }
    }
}
