using Wassist.Samples.McpApp;

// Configuration: Wassist:ClientId and Wassist:ClientSecret (environment: Wassist__ClientId, Wassist__ClientSecret),
// optionally Wassist:PreviousClientSecret while the secret is rotated.
var app = SampleApp.Build(SampleApp.CreateBuilder(args));
app.Run();
