using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Wassist.Apps;

namespace Wassist.Samples.McpApp
{
    /// <summary>
    /// <c>GET /setup</c>: where Wassist sends an installer after installing the app (and from "Configure"). The query
    /// is signed by Wassist; an unsigned, tampered or stale one is refused before anything is read for it.
    /// </summary>
    internal static class SetupPage
    {
        internal static async Task<IResult> ShowAsync(HttpRequest request, WassistApp app)
        {
            WassistSetupRedirect setup;
            try
            {
                setup = app.VerifySetupRedirect(request.QueryString.Value ?? "");
            }
            catch (WassistSignatureVerificationException e)
            {
                return Results.Text($"This page opens only from Wassist ({e.Reason}).", statusCode: StatusCodes.Status400BadRequest);
            }

            using var installation = app.ForInstallation(setup.InstallationId);
            var agents = await installation.Agents.ListAsync(limit: 100, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
            return Results.Text($"Installed for organization {setup.OrganizationId}: {agents.Count} agents can use this app.");
        }
    }
}
