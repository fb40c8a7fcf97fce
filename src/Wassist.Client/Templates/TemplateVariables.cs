using System;
using System.Collections.Generic;
using System.Linq;

namespace Wassist
{
    /// <summary>
    /// Typed ways to fill a template's variables. The generated <see cref="Body"/> and <see cref="Header"/> are
    /// <c>object</c>, because the API takes a list (positional <c>{{1}}</c>, <c>{{2}}</c> templates) or an object
    /// (NAMED templates, <c>{{first_name}}</c>); these methods build the right one and refuse missing values.
    /// </summary>
    public partial class TemplateVariables
    {
        /// <summary>Variables of a positional template: the body values in order.</summary>
        /// <example><code>TemplateVariables.Positional("Alex", "#1042")</code></example>
        public static TemplateVariables Positional(params string[] body) => new() { Body = List(body, nameof(body)) };

        /// <summary>Variables of a NAMED template: the body values by name.</summary>
        /// <example><code>TemplateVariables.Named(new Dictionary&lt;string, string&gt; { ["first_name"] = "Alex" })</code></example>
        public static TemplateVariables Named(IEnumerable<KeyValuePair<string, string>> body) => new() { Body = Map(body, nameof(body)) };

        /// <summary>Sets the header values of a positional template, in order, and returns these variables.</summary>
        public TemplateVariables WithHeader(params string[] header)
        {
            Header = List(header, nameof(header));
            return this;
        }

        /// <summary>Sets the header values of a NAMED template, by name, and returns these variables.</summary>
        public TemplateVariables WithNamedHeader(IEnumerable<KeyValuePair<string, string>> header)
        {
            Header = Map(header, nameof(header));
            return this;
        }

        private static List<string> List(string[] values, string name)
        {
            if (values is null || values.Length == 0)
            {
                throw new ArgumentException("Give at least one value.", name);
            }

            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is null)
                {
                    throw new ArgumentException($"Value {i + 1} (template variable {{{{{i + 1}}}}}) is null.", name);
                }
            }

            return values.ToList();
        }

        private static Dictionary<string, string> Map(IEnumerable<KeyValuePair<string, string>> values, string name)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in values ?? throw new ArgumentNullException(name))
            {
                if (string.IsNullOrWhiteSpace(pair.Key) || pair.Value is null)
                {
                    throw new ArgumentException($"Every named template variable needs a name and a value; '{pair.Key}' has {(pair.Value is null ? "no value" : "an empty name")}.", name);
                }

                map[pair.Key] = pair.Value;
            }

            if (map.Count == 0)
            {
                throw new ArgumentException("Give at least one named value.", name);
            }

            return map;
        }
    }
}
