using System;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace Wassist.Serialization
{
    /// <summary>
    /// Reads responses the way the live API sends them: a missing or null field never throws (it stays unset), and an
    /// enum value the client does not know leaves the property unset and is kept in <c>AdditionalProperties</c>.
    /// </summary>
    internal sealed class ResponseContractResolver : DefaultContractResolver
    {
        internal static readonly ResponseContractResolver Instance = new();

        protected override JsonObjectContract CreateObjectContract(Type objectType)
        {
            var contract = base.CreateObjectContract(objectType);
            foreach (var property in contract.Properties)
            {
                property.Required = Newtonsoft.Json.Required.Default;
                property.NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore;
                if (property.Converter is StringEnumConverter && property.ValueProvider is not null)
                {
                    property.Converter = TolerantEnumConverter.Instance;
                    property.ValueProvider = new UnknownEnumValueProvider(property.ValueProvider, property.PropertyName!, contract.ExtensionDataSetter);
                }
            }

            return contract;
        }
    }
}
