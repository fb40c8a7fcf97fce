using System.Reflection;

namespace Wassist
{
    /// <summary>How the client identifies itself in the User-Agent header.</summary>
    internal static class ClientInfo
    {
        internal static readonly string Version =
            typeof(ClientInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

        internal static readonly string UserAgent = $"Wassist.Client/{Version}";
    }
}
