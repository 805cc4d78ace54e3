using System.Text;
using IomSim.Cli.Output;

namespace IomSim.Cli.Rendering;

/// <summary><c>members</c> in each format. JSON: <c>{"date", "body", "count", "members": [...]}</c> (README).</summary>
internal static class MembersOutput
{
    /// <summary>The roll in <paramref name="format"/>.</summary>
    public static string Render(MemberRoll roll, OutputFormat format) => format switch
    {
        OutputFormat.Json => Json(roll),
        OutputFormat.Csv => Csv(roll),
        _ => Table(roll),
    };

    private static string Table(MemberRoll roll)
    {
        var text = new StringBuilder();
        var body = roll.BodyName == "unga" ? "UN General Assembly" : "IOM Council";
        text.Append($"{body}: {roll.Members.Length} members on {Numbers.Date(roll.Date)}\n");
        var table = new TextTable("code", "name", roll.SinceField.Replace('_', ' '), ">alignment", ">rights", "blocs");
        foreach (var member in roll.Members)
        {
            table.Add(
                member.Code,
                member.Name,
                member.Since,
                member.Alignment is { } a ? Numbers.Position(a) : string.Empty,
                member.Rights is { } r ? Numbers.Position(r) : string.Empty,
                string.Join(' ', member.Blocs));
        }

        return text.Append(table.Render()).ToString();
    }

    private static string Json(MemberRoll roll) => JsonText.Of(json =>
    {
        json.WriteStartObject();
        json.WriteString("date", Numbers.Date(roll.Date));
        json.WriteString("body", roll.BodyName);
        json.WriteNumber("count", roll.Members.Length);
        json.WriteStartArray("members");
        foreach (var member in roll.Members)
        {
            json.WriteStartObject();
            json.WriteString("code", member.Code);
            json.WriteString("name", member.Name);
            json.WriteString(roll.SinceField, member.Since);
            json.Strings("blocs", member.Blocs);
            NumberOrNull(json, "alignment", member.Alignment);
            NumberOrNull(json, "rights", member.Rights);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void NumberOrNull(System.Text.Json.Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.Number(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Csv(MemberRoll roll)
    {
        var csv = new CsvText("date", "body", "code", "name", roll.SinceField, "blocs", "alignment", "rights");
        foreach (var member in roll.Members)
        {
            csv.Row(
                Numbers.Date(roll.Date),
                roll.BodyName,
                member.Code,
                member.Name,
                member.Since,
                string.Join(';', member.Blocs),
                member.Alignment is { } a ? Numbers.Plain(a) : string.Empty,
                member.Rights is { } r ? Numbers.Plain(r) : string.Empty);
        }

        return csv.ToString();
    }
}
