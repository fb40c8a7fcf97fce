// CUSTOM: changes how generated models are read and written (required fields, phone numbers, enums, lists); see README.md.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json.Serialization;

namespace Wassist.Serialization
{
    /// <summary>
    /// Strict for what the client sends, tolerant for what it reads. Requests: a required field left null throws an
    /// <see cref="ArgumentException"/> naming it before anything is sent, and deprecation shims decide what deprecated
    /// fields put on the wire. Responses: a missing or null field never throws (it stays unset), and a value that
    /// does not fit its property (wrong JSON kind, unknown enum value, bad uuid or date, number out of range) leaves
    /// the property unset and is kept in <c>AdditionalProperties</c> (<see cref="TolerantValueConverter"/>); a list
    /// response may come as a page envelope or a bare array (<see cref="ListShapeConverter"/>).
    /// </summary>
    internal sealed class WassistContractResolver : DefaultContractResolver
    {
        internal static readonly WassistContractResolver Request = new(isRequest: true);
        internal static readonly WassistContractResolver Response = new(isRequest: false);

        private readonly bool _isRequest;

        internal WassistContractResolver(bool isRequest) => _isRequest = isRequest;

        protected override JsonContract CreateContract(Type objectType)
        {
            var contract = base.CreateContract(objectType);
            if (!_isRequest && ListShapeConverter.Instance.CanConvert(objectType))
            {
                contract.Converter = ListShapeConverter.Instance;
            }

            return contract;
        }

        protected override JsonObjectContract CreateObjectContract(Type objectType)
        {
            var contract = base.CreateObjectContract(objectType);
            ReadExtensionDataWithoutCreatingIt(objectType, contract);
            foreach (var property in contract.Properties)
            {
                if (_isRequest)
                {
                    CheckAsWritten(objectType, property);
                    WriteEnumByWireName(objectType, property);
                }
                else
                {
                    Relax(contract, property);
                }
            }

            if (_isRequest)
            {
                DeprecationShims.Apply(objectType, contract);
            }

            return contract;
        }

        /// <summary>
        /// Writing a model reads its <c>AdditionalProperties</c>, whose generated getter creates an empty dictionary
        /// for every model that never had one; reading the generated backing field instead leaves those models (most
        /// of them) without one, and writes nothing for them.
        /// </summary>
        private void ReadExtensionDataWithoutCreatingIt(Type objectType, JsonObjectContract contract)
        {
            if (contract.ExtensionDataGetter is null
                || objectType.GetField("_additionalProperties", BindingFlags.Instance | BindingFlags.NonPublic) is not { } field
                || field.FieldType != typeof(IDictionary<string, object>))
            {
                return;
            }

            var stored = CreateMemberValueProvider(field);
            contract.ExtensionDataGetter = target => stored.GetValue(target) is IDictionary<string, object> { Count: > 0 } values
                ? values.Select(pair => new KeyValuePair<object, object>(pair.Key, pair.Value))
                : null;
        }

        /// <summary>JSON names of the request fields that carry a phone number.</summary>
        private static readonly string[] PhoneNumberFields = ["toNumber", "fromNumber"];

        /// <summary>
        /// Every request property is read through a <see cref="RequestValueProvider"/>. A required field left null
        /// throws: required value types are generated nullable (AllowNull) so that an unset one is null rather than
        /// its default value, and no request field of the API must be sent as an explicit null.
        /// </summary>
        private static void CheckAsWritten(Type objectType, JsonProperty property)
        {
            if (property.ValueProvider is null)
            {
                return;
            }

            property.ValueProvider = new RequestValueProvider(property.ValueProvider, $"{objectType.Name}.{property.UnderlyingName}", property.PropertyName!)
            {
                Required = property.Required is Newtonsoft.Json.Required.Always or Newtonsoft.Json.Required.AllowNull,
                PhoneNumber = System.Array.IndexOf(PhoneNumberFields, property.PropertyName) >= 0,
            };
        }

        /// <summary>An enum property the generated code writes with <c>StringEnumConverter</c> is written from its type's wire names.</summary>
        private static void WriteEnumByWireName(Type objectType, JsonProperty property)
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType!) ?? property.PropertyType!;
            if (type.IsEnum && property.Converter is Newtonsoft.Json.Converters.StringEnumConverter)
            {
                property.Converter = new WireEnumConverter(EnumWireNames.Of(type), $"{objectType.Name}.{property.UnderlyingName}");
            }
        }

        private static void Relax(JsonObjectContract contract, JsonProperty property)
        {
            property.Required = Newtonsoft.Json.Required.Default;
            property.NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore;
            if (property.ValueProvider is not null)
            {
                property.Converter = TolerantValueConverter.For(property.Converter, property.PropertyType!);
                property.ValueProvider = new TolerantValueProvider(property.ValueProvider, property.PropertyName!, contract.ExtensionDataSetter);
            }
        }
    }
}
