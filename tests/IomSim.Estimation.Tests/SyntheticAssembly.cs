using System.Globalization;
using System.Text;
using IomSim.Domain.Randomness;
using IomSim.Estimation.Input;

namespace IomSim.Estimation.Tests;

/// <summary>
/// A made-up assembly voting by the ordered-logit model with known ideal points: 40 states spread more along the
/// first dimension than the second, 40 resolutions each voted on every year from 2010 to 2013 (every third tagged <c>hr</c>), about 5% of votes
/// missing. Draws come from the project's keyed streams, so the files are the same on every run. Written as CSV text
/// and read through the same readers as the real files.
/// </summary>
internal sealed class SyntheticAssembly
{
    public const int StateCount = 40;

    public SyntheticAssembly(int rollCalls = 160, ulong seed = 7)
    {
        var states = new StringBuilder("code,iso2,name,un_member_from,source\n");
        var rollCallText = new StringBuilder("rcid,session,date,unres,importantvote,amend,para,short,descr\n");
        var votes = new StringBuilder("rcid,country_code,country,vote\n");
        var issues = new StringBuilder("rcid,short_name,issue\n");
        First = new double[StateCount];
        Second = new double[StateCount];
        Codes = new string[StateCount];
        var iso2s = new string[StateCount];
        for (var i = 0; i < StateCount; i++)
        {
            iso2s[i] = $"{(char)('A' + (i / 26))}{(char)('A' + (i % 26))}";
            Codes[i] = "Q" + iso2s[i];
            First[i] = -2.0 + (4.0 * i / (StateCount - 1));
            Second[i] = Math.Sin(i * 1.7) * 0.8;
        }

        // The default anchors: the United States high on dimension 1, Russia highest on dimension 2.
        var top = Array.IndexOf(Second, Second.Max());
        (Codes[StateCount - 2], iso2s[StateCount - 2]) = ("USA", "US");
        (Codes[top], iso2s[top]) = ("RUS", "RU");
        for (var i = 0; i < StateCount; i++)
        {
            var iso2 = iso2s[i];
            // The last state joins late, to test that non-participation counts only roll calls held while a member.
            var joined = i == StateCount - 1 ? "2012-01-01" : "1990-01-01";
            states.Append(CultureInfo.InvariantCulture, $"{Codes[i]},\"{iso2}\",State {i},{joined},test\n");
        }

        for (var j = 0; j < rollCalls; j++)
        {
            var rcid = 1000 + j;
            var date = new DateOnly(2010 + (j * 4 / rollCalls), 3, 1).AddDays(j % 200);
            // Each of 40 resolutions comes back every year with the same parameters, as recurring UNGA resolutions do.
            var angle = (j % 40) * 2.399;
            var (b1, b2) = (2.5 * Math.Cos(angle), 2.5 * Math.Sin(angle));
            var m = Math.Sin((j % 40) * 0.7);
            var title = $"Resolution {j % 40}";
            rollCallText.Append(CultureInfo.InvariantCulture, $"{rcid},{65 + (j * 4 / rollCalls)},{date:yyyy-MM-dd},\"R/{65 + (j * 4 / rollCalls)}/{j}\",0,NA,NA,\"TOPIC {j % 40}\",\"{title} : resolution / adopted by the General Assembly\"\n");
            if (j % 3 == 0)
            {
                issues.Append(CultureInfo.InvariantCulture, $"{rcid},\"hr\",\"Human rights\"\n");
            }

            for (var i = 0; i < StateCount; i++)
            {
                var random = RandomStream.For(seed, 0, Codes[i], rcid.ToString(CultureInfo.InvariantCulture));
                var absent = random.NextDouble() < 0.05;
                var u = random.NextDouble();
                if (absent || (i == StateCount - 1 && date < new DateOnly(2012, 1, 1)))
                {
                    continue;
                }

                var eta = (b1 * First[i]) + (b2 * Second[i]);
                var yes = Logistic(eta - m - 0.5);
                var atLeastAbstain = Logistic(eta - m + 0.5);
                var vote = u < yes ? "yes" : u < atLeastAbstain ? "abstain" : "no";
                votes.Append(CultureInfo.InvariantCulture, $"{rcid},\"{iso2s[i]}\",\"State {i}\",\"{vote}\"\n");
            }
        }

        StatesText = states.ToString();
        RollCallsText = rollCallText.ToString();
        VotesText = votes.ToString();
        IssuesText = issues.ToString();
    }

    public string[] Codes { get; }

    public double[] First { get; }

    public double[] Second { get; }

    public string StatesText { get; }

    public string RollCallsText { get; }

    public string VotesText { get; }

    public string IssuesText { get; }

    public StateVotes Votes()
    {
        var data = UnvotesReader.Read(
            new StringReader(RollCallsText), "roll-calls.csv", new StringReader(VotesText), "votes.csv", new StringReader(IssuesText), "issues.csv");
        return StateVotes.Map(data, StatesFile.Read(new StringReader(StatesText), "states.csv"));
    }

    /// <summary>Writes the four files into <paramref name="folder"/>, for the command line.</summary>
    public void WriteTo(string folder)
    {
        File.WriteAllText(Path.Combine(folder, "states.csv"), StatesText);
        File.WriteAllText(Path.Combine(folder, "roll-calls.csv"), RollCallsText);
        File.WriteAllText(Path.Combine(folder, "votes.csv"), VotesText);
        File.WriteAllText(Path.Combine(folder, "issues.csv"), IssuesText);
    }

    private static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));
}
