// CUSTOM: refuses a path value of a generated method that would reach another endpoint, naming the parameter; see README.md.
using System;
using System.Linq;

namespace Wassist
{
    /// <summary>One operation's route, as <see cref="WassistRoutes.All"/> lists them (generated from the API description).</summary>
    internal sealed class WassistRoute(string operationId, string method, string template)
    {
        internal string OperationId { get; } = operationId;

        internal string Method { get; } = method;

        /// <summary>The path under the API root, e.g. <c>api/v1/agents/{id}/</c>.</summary>
        internal string Template { get; } = template;

        internal string[] Segments { get; } = template.Split('/');
    }

    /// <summary>
    /// Checks the path values of a request URL before it is sent. Generated code escapes each value into its own
    /// segment, but an empty value, <c>.</c> or <c>..</c> (or any value URI normalization would change) would still
    /// make the request reach another endpoint: <c>DELETE whatsapp-accounts/{id}/proxy/../</c> deletes the account.
    /// Such a value throws an <see cref="ArgumentException"/> naming the parameter and the operation.
    /// </summary>
    internal static class PathValues
    {
        /// <param name="url">The URL text the generated method built: the API root, the escaped path, perhaps a query.</param>
        /// <param name="rootLength">Length of the API root at the start of <paramref name="url"/>.</param>
        /// <param name="method">The request's HTTP method.</param>
        internal static void Check(string url, int rootLength, string method)
        {
            var end = url.IndexOf('?', rootLength);
            end = end < 0 ? url.Length : end;
            // Each segment up to the next slash; the empty text after a trailing slash is the end, not a segment.
            var start = rootLength;
            for (var index = 0; start < end; index++)
            {
                var slash = url.IndexOf('/', start, end - start);
                var stop = slash < 0 ? end : slash;
                if (Problem(url, start, stop - start) is { } problem)
                {
                    throw Refuse(url.Substring(rootLength, end - rootLength), index, method, problem);
                }

                start = stop + 1;
            }
        }

        private static string? Problem(string url, int start, int length)
        {
            if (length == 0)
            {
                return "it is empty, which would leave an empty path segment";
            }

            if (url.IndexOf('.', start, length) < 0)
            {
                return null;
            }

            var segment = url.Substring(start, length);
            if (segment is "." or "..")
            {
                return $"'{segment}' is a relative path step, which would send the request to another endpoint";
            }

            return new Uri("http://host/" + segment + "/").AbsolutePath == "/" + segment + "/"
                ? null
                : "URL normalization would change it, so the request would reach another path";
        }

        private static ArgumentException Refuse(string path, int index, string method, string problem)
        {
            var segments = path.Split('/');
            var value = Uri.UnescapeDataString(segments[index]);
            var route = WassistRoutes.All.FirstOrDefault(r => r.Method == method && Matches(r.Segments, segments, index));
            if (route is null)
            {
                return new ArgumentException($"The path value '{value}' of {method} {path} cannot be sent: {problem}. Pass the id the API returned.");
            }

            var parameter = route.Segments[index].Trim('{', '}');
            return new ArgumentException(
                $"{parameter} '{value}' is not a valid path value for {route.OperationId} ({method} {route.Template}): {problem}. Pass the {parameter} the API returned.",
                parameter);
        }

        /// <summary>Whether <paramref name="segments"/> is this route, with a parameter at the refused position.</summary>
        private static bool Matches(string[] template, string[] segments, int refused)
        {
            if (template.Length != segments.Length || !IsParameter(template[refused]))
            {
                return false;
            }

            for (var i = 0; i < template.Length; i++)
            {
                if (!IsParameter(template[i]) && !string.Equals(template[i], segments[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[segment.Length - 1] == '}';
    }
}
