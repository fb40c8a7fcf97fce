using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Wassist.LiveCheck;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var transport = new SocketsHttpHandler { AllowAutoRedirect = false };
        return await LiveCheck.RunAsync(args, Environment.GetEnvironmentVariable(LiveCheck.ApiKeyVariable), transport, Console.Out, Console.Error, DateTimeOffset.UtcNow);
    }
}
