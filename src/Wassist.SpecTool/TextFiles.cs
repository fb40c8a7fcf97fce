using System.IO;

namespace Wassist.SpecTool;

/// <summary>Writes generated text files only when their content changes, so unchanged outputs keep their timestamps.</summary>
public static class TextFiles
{
    /// <returns>Whether the file was written.</returns>
    public static bool WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text);
        return true;
    }
}
