// CUSTOM: the value provider of every property of a generated request model; see README.md.
using System;
using Newtonsoft.Json.Serialization;

namespace Wassist.Serialization
{
    /// <summary>
    /// Reads a request property as it is written and applies its checks: a required field left null throws, a
    /// phone-number field must hold a number the API accepts, and a deprecation shim may send a computed value in
    /// place of the property's own. Every request property gets this one sealed type, whatever its checks, so the
    /// serializer's call to read a property always reaches the same type (a single dispatch target, not a lookup
    /// among several wrapper types).
    /// </summary>
    internal sealed class RequestValueProvider(IValueProvider inner, string memberName, string jsonName) : IValueProvider
    {
        /// <summary>A null value throws <see cref="ArgumentException"/> naming the field.</summary>
        internal bool Required { get; set; }

        /// <summary>A string value must pass <see cref="WassistPhoneNumbers"/>' check.</summary>
        internal bool PhoneNumber { get; set; }

        /// <summary>Set by a deprecation shim: the value written instead of the property's own.</summary>
        internal Func<object, object?>? Computed { get; set; }

        public object? GetValue(object target)
        {
            var value = Computed is null ? inner.GetValue(target) : Computed(target);
            if (value is null)
            {
                return Required
                    ? throw new ArgumentException($"{memberName} is required by the Wassist API (JSON field '{jsonName}'); set it before sending the request.", memberName)
                    : null;
            }

            if (PhoneNumber && value is string number)
            {
                WassistPhoneNumbers.Check(number, memberName);
            }

            return value;
        }

        public void SetValue(object target, object? value) => inner.SetValue(target, value);
    }
}
