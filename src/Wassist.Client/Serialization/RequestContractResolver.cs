using System;
using Newtonsoft.Json.Serialization;

namespace Wassist.Serialization
{
    /// <summary>
    /// Writes request bodies: a required field left null throws an <see cref="ArgumentException"/> naming it before
    /// anything is sent, and the deprecation shims decide what deprecated fields put on the wire.
    /// </summary>
    internal sealed class RequestContractResolver : DefaultContractResolver
    {
        internal static readonly RequestContractResolver Instance = new();

        protected override JsonObjectContract CreateObjectContract(Type objectType)
        {
            var contract = base.CreateObjectContract(objectType);
            foreach (var property in contract.Properties)
            {
                if (property.Required == Newtonsoft.Json.Required.Always && property.ValueProvider is not null)
                {
                    property.ValueProvider = new RequiredValueProvider(property.ValueProvider, $"{objectType.Name}.{property.UnderlyingName}", property.PropertyName!);
                }
            }

            DeprecationShims.Apply(objectType, contract);
            return contract;
        }

        private sealed class RequiredValueProvider(IValueProvider inner, string memberName, string jsonName) : IValueProvider
        {
            public object? GetValue(object target) =>
                inner.GetValue(target) ?? throw new ArgumentException($"{memberName} is required by the Wassist API (JSON field '{jsonName}'); set it before sending the request.", memberName);

            public void SetValue(object target, object? value) => inner.SetValue(target, value);
        }
    }
}
