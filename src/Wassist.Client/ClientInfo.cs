using System.Reflection;

namespace Wassist
{
    /// <summary>How the client identifies itself: the User-Agent and X-Wassist-Client headers.</summary>
    internal static class ClientInfo
    {
        /// <summary>The header that names the SDK and its version, as the official SDKs send it.</summary>
        internal const string ClientHeader = "X-Wassist-Client";

        internal static readonly string Version =
            typeof(ClientInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

        internal static readonly string UserAgent = $"Wassist.Client/{Version}";

        /// <summary>The value of <see cref="ClientHeader"/>: <c>wassist-dotnet/</c> and the package version.</summary>
        internal static readonly string ClientHeaderValue = $"wassist-dotnet/{Version}";
    }
}
