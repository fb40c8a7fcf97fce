using System;
using NUnit.Framework;

namespace Wassist.Tests.Shared;

/// <summary>
/// Names the README promise a test proves, as the NUnit category <c>promise:&lt;id&gt;</c> (so
/// <c>dotnet test --filter TestCategory=promise:&lt;id&gt;</c> runs its tests). The promises are listed in
/// tests/readme-promises.json, each with the README text it stands for; a build test checks that every one is named
/// by a test and still said by the README.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
internal sealed class PromiseAttribute(string id) : CategoryAttribute("promise:" + id);
