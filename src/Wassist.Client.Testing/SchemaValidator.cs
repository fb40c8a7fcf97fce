using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Wassist.Testing
{
    /// <summary>
    /// Checks a value against a schema of the description the way the API's Django REST Framework serializers do, and
    /// words each problem as they do: a field's messages as a list, a nested object's as an object of fields, an
    /// array's by item index. Unknown fields are ignored and read-only fields of a request are skipped, as DRF does.
    /// </summary>
    internal sealed class SchemaValidator
    {
        private static readonly string[] TrueValues = { "true", "True", "TRUE", "1", "on", "yes", "y", "t" };
        private static readonly string[] FalseValues = { "false", "False", "FALSE", "0", "off", "no", "n", "f" };
        private static readonly Regex IsoDateTime = new Regex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant);

        private readonly ApiDescription _description;

        internal SchemaValidator(ApiDescription description) => _description = description;

        /// <summary>The DRF-style errors of a value (a list of messages, or an object or index map of them), or null when it is valid.</summary>
        internal JToken? Validate(JToken? value, JToken? schema, bool request)
        {
            var s = _description.Resolve(schema);
            if (value is null || value.Type == JTokenType.Null)
            {
                return (bool?)s["nullable"] == true || !HasConstraint(s) ? null : Messages("This field may not be null.");
            }

            if (s["enum"] is JArray choices && !choices.Any(c => c.Type != JTokenType.Null && string.Equals(Text(c), Text(value), StringComparison.Ordinal)))
            {
                return value.Type is JTokenType.Object or JTokenType.Array ? Messages("Not a valid choice.") : Messages($"\"{Text(value)}\" is not a valid choice.");
            }

            var type = (string?)s["type"] ?? (s["properties"] is not null ? "object" : null);
            switch (type)
            {
                case "string": return String(value, s);
                case "integer": return Number(value, s, integer: true);
                case "number": return Number(value, s, integer: false);
                case "boolean": return Boolean(value);
                case "array": return Array(value, s, request);
                case "object": return Object(value, s, request);
                default: return null;
            }
        }

        /// <summary>An object's errors keyed by field, or null when it is valid; <c>non_field_errors</c> when it is no object.</summary>
        internal JObject? ValidateObject(JToken value, JToken? schema, bool request)
        {
            var errors = Validate(value, schema, request);
            return errors switch
            {
                null => null,
                JObject fields => fields,
                _ => new JObject { ["non_field_errors"] = errors },
            };
        }

        private static bool HasConstraint(JObject s) => s["type"] is not null || s["properties"] is not null || s["enum"] is not null;

        private static JToken? String(JToken value, JObject s)
        {
            // DRF's CharField takes numbers as their text, nothing else that is not a string.
            if (value.Type is not (JTokenType.String or JTokenType.Integer or JTokenType.Float))
            {
                return Messages("Not a valid string.");
            }

            var text = Text(value);
            var minLength = (int?)s["minLength"];
            var maxLength = (int?)s["maxLength"];
            if (text.Length == 0 && minLength > 0)
            {
                return Messages("This field may not be blank.");
            }

            if (text.Length < minLength)
            {
                return Messages($"Ensure this field has at least {minLength} characters.");
            }

            if (text.Length > maxLength)
            {
                return Messages($"Ensure this field has no more than {maxLength} characters.");
            }

            switch ((string?)s["format"])
            {
                case "uuid" when !Guid.TryParse(text, out _):
                    return Messages("Must be a valid UUID.");
                case "date-time" when !IsoDateTime.IsMatch(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _):
                    return Messages("Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].");
                case "uri" when !Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https" && uri.Scheme != "ftp" && uri.Scheme != "ftps"):
                    return Messages("Enter a valid URL.");
                default:
                    return null;
            }
        }

        private static JToken? Number(JToken value, JObject s, bool integer)
        {
            // DRF reads numbers given as strings too.
            decimal number;
            if (value.Type is JTokenType.Integer or JTokenType.Float)
            {
                number = (decimal)value;
            }
            else if (value.Type != JTokenType.String || !decimal.TryParse((string)value!, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
            {
                return Messages(integer ? "A valid integer is required." : "A valid number is required.");
            }

            if (integer && number != decimal.Truncate(number))
            {
                return Messages("A valid integer is required.");
            }

            var minimum = (decimal?)s["minimum"];
            var maximum = (decimal?)s["maximum"];
            if (number < minimum)
            {
                return Messages($"Ensure this value is greater than or equal to {Text(s["minimum"]!)}.");
            }

            return number > maximum ? Messages($"Ensure this value is less than or equal to {Text(s["maximum"]!)}.") : null;
        }

        private static JToken? Boolean(JToken value)
        {
            var ok = value.Type == JTokenType.Boolean
                || (value.Type is JTokenType.String or JTokenType.Integer && (TrueValues.Contains(Text(value)) || FalseValues.Contains(Text(value))));
            return ok ? null : Messages("Must be a valid boolean.");
        }

        private JToken? Array(JToken value, JObject s, bool request)
        {
            if (value is not JArray items)
            {
                return Messages($"Expected a list of items but got type \"{PythonType(value)}\".");
            }

            var minItems = (int?)s["minItems"];
            var maxItems = (int?)s["maxItems"];
            if (items.Count < minItems)
            {
                return Messages(minItems == 1 ? "This list may not be empty." : $"Ensure this field has at least {minItems} elements.");
            }

            if (items.Count > maxItems)
            {
                return Messages($"Ensure this field has no more than {maxItems} elements.");
            }

            var errors = new JObject();
            for (var i = 0; i < items.Count; i++)
            {
                if (Validate(items[i], s["items"], request) is { } error)
                {
                    errors[i.ToString(CultureInfo.InvariantCulture)] = error;
                }
            }

            return errors.Count == 0 ? null : errors;
        }

        private JToken? Object(JToken value, JObject s, bool request)
        {
            if (value is not JObject fields)
            {
                return Messages($"Invalid data. Expected a dictionary, but got {PythonType(value)}.");
            }

            var errors = new JObject();
            var required = ((JArray?)s["required"] ?? new JArray()).Select(r => (string?)r).ToList();
            foreach (var property in ((JObject?)s["properties"] ?? new JObject()).Properties())
            {
                if (request && (bool?)_description.Resolve(property.Value)["readOnly"] == true)
                {
                    continue;
                }

                if (fields[property.Name] is not { } field)
                {
                    if (required.Contains(property.Name))
                    {
                        errors[property.Name] = Messages("This field is required.");
                    }
                }
                else if (Validate(field, property.Value, request) is { } error)
                {
                    errors[property.Name] = error;
                }
            }

            if (s["additionalProperties"] is JObject additional && s["properties"] is null)
            {
                foreach (var field in fields.Properties())
                {
                    if (Validate(field.Value, additional, request) is { } error)
                    {
                        errors[field.Name] = error;
                    }
                }
            }

            return errors.Count == 0 ? null : errors;
        }

        private static JArray Messages(string message) => new JArray(message);

        private static string Text(JToken value) => value.Type switch
        {
            JTokenType.String => (string)value!,
            JTokenType.Boolean => (bool)value ? "true" : "false",
            _ => value.ToString(Newtonsoft.Json.Formatting.None),
        };

        /// <summary>The Python type name DRF's messages use for a JSON value.</summary>
        private static string PythonType(JToken value) => value.Type switch
        {
            JTokenType.String => "str",
            JTokenType.Integer => "int",
            JTokenType.Float => "float",
            JTokenType.Boolean => "bool",
            JTokenType.Array => "list",
            JTokenType.Object => "dict",
            _ => "NoneType",
        };
    }
}
