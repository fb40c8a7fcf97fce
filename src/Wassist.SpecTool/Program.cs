using System;
using Wassist.SpecTool.Commands;

// The spec tool's command line; the commands themselves live in CommandLine, which tests call in process.
return CommandLine.Run(args, Console.Out, Console.Error);
