namespace IomSim.Scenarios.Tests;

public sealed class BadInputTests
{
    [Fact]
    public void The_minimal_scenario_reads()
    {
        var scenario = ScenarioReader.Parse(ScenarioText.Minimal, ScenarioText.File, Seeded.World);
        Assert.Equal("Application of Russian Federation", scenario.Timeline[0].Items[0].Title);
        Assert.Equal((1, 0UL), (scenario.Runs, scenario.Seed));
    }

    [Fact]
    public void Malformed_yaml_gives_the_parser_position()
    {
        ScenarioText.Fails("id: test\ntitle: [A test\nbody: unga\n", 3, 1, "malformed YAML", "brackets closed");
    }

    [Fact]
    public void Malformed_yaml_with_bad_indentation()
    {
        ScenarioText.Fails("id: test\n  title: x\n", 2, 8, "malformed YAML");
    }

    [Fact]
    public void Unknown_top_level_key_lists_the_allowed_ones()
    {
        ScenarioText.Fails(
            ScenarioText.Minimal.Replace("body: iom-council", "body: iom-council\ncolour: red", StringComparison.Ordinal),
            5, 1, "unknown key 'colour' in the scenario", "id, title, description, body, runs, seed, world, timeline, baseline, funding)");
    }

    [Fact]
    public void Unknown_nested_key_lists_the_allowed_ones()
    {
        ScenarioText.Fails(
            ScenarioText.WithItem("      - id: t/admission\n        kind: admission\n        applicnt: RUS"),
            11, 9, "unknown key 'applicnt' in an agenda item", "applicant, position, formal_vote_requested_by");
    }

    [Fact]
    public void Unknown_key_in_world_parameters()
    {
        ScenarioText.Fails(
            ScenarioText.Minimal.Replace("timeline:", "world:\n  parameters: { nosie: 0.3 }\ntimeline:", StringComparison.Ordinal),
            6, 17, "unknown key 'nosie' in world.parameters", "noise", "distance_weight");
    }

    [Fact]
    public void Key_that_does_not_apply_to_the_kind()
    {
        ScenarioText.Fails(
            ScenarioText.WithItem("      - id: t/admission\n        kind: admission\n        applicant: RUS\n        candidates: []"),
            12, 9, "'candidates' does not apply to an item of kind admission", "expected for admission: id, kind, title, applicant");
    }

    [Fact]
    public void Missing_required_top_level_field()
    {
        ScenarioText.Fails(ScenarioText.Minimal.Replace("title: A test\n", string.Empty, StringComparison.Ordinal), 1, 1,
            "missing required field 'title' in the scenario", "title: one line of text");
    }

    [Fact]
    public void Missing_session_date_points_at_the_session()
    {
        ScenarioText.Fails(ScenarioText.Minimal.Replace("    date: 2020-11-24\n", string.Empty, StringComparison.Ordinal), 6, 5,
            "missing required field 'date' in session '111th Session'", "YYYY-MM-DD");
    }

    [Fact]
    public void Empty_required_value()
    {
        ScenarioText.Fails(ScenarioText.Minimal.Replace("title: A test", "title:", StringComparison.Ordinal), 2, 7,
            "title is empty", "one line of text");
    }

    [Fact]
    public void Text_where_a_number_is_expected()
    {
        ScenarioText.Fails(ScenarioText.Minimal.Replace("body: iom-council", "body: iom-council\nruns: many", StringComparison.Ordinal), 5, 7,
            "runs 'many' is not a whole number", "a whole number from 1 to 1,000,000");
    }

    [Fact]
    public void Quoted_number_is_text()
    {
        ScenarioText.Fails(
            ScenarioText.Minimal.Replace("timeline:", "world:\n  parameters:\n    noise: \"0.3\"\ntimeline:", StringComparison.Ordinal),
            7, 12, "noise is the quoted text '0.3'", "a number from 0 to 10, written without quotes");
    }

    [Fact]
    public void Mapping_where_a_list_is_expected()
    {
        ScenarioText.Fails("id: test\ntitle: T\ndescription: D\nbody: unga\ntimeline: { session: x }\n", 5, 11,
            "timeline is a mapping", "a list of sessions");
    }

    [Fact]
    public void Not_true_or_false()
    {
        ScenarioText.Fails(ScenarioText.Minimal.Replace("timeline:", "world:\n  calibrated: yes\ntimeline:", StringComparison.Ordinal), 6, 15,
            "calibrated 'yes' is not true or false", "true or false");
    }

    [Fact]
    public void Unknown_agenda_kind_lists_the_kinds()
    {
        ScenarioText.Fails(ScenarioText.WithItem("      - id: t/vote\n        kind: vote\n        applicant: RUS"), 10, 15,
            "unknown agenda kind 'vote'", "admission, budget, decision, election, acceptance");
    }

    [Fact]
    public void Unknown_body_lists_the_bodies()
    {
        ScenarioText.Fails(ScenarioText.Minimal.Replace("body: iom-council", "body: security-council", StringComparison.Ordinal), 4, 7,
            "unknown body 'security-council'", "iom-council, unga");
    }

    [Fact]
    public void Unknown_state_code()
    {
        var error = ScenarioText.Error(ScenarioText.WithItem("      - id: t/admission\n        kind: admission\n        applicant: XXX"));
        Assert.Equal(
            "scenarios/test.yaml:11:20: unknown state code 'XXX' (expected an ISO 3166-1 alpha-3 code listed in seeds/states.csv)",
            error.Message);
    }

    [Fact]
    public void Malformed_state_code()
    {
        ScenarioText.Fails(ScenarioText.WithItem("      - id: t/admission\n        kind: admission\n        applicant: rus"), 11, 20,
            "applicant 'rus' is not a state code", "three capital letters");
    }

    [Fact]
    public void Unknown_state_code_in_a_list_and_as_a_key()
    {
        ScenarioText.Fails(
            ScenarioText.WithItem("      - id: t/admission\n        kind: admission\n        applicant: RUS\n        formal_vote_requested_by: [UKR, ZZZ]"),
            12, 41, "unknown state code 'ZZZ'");
        ScenarioText.Fails(
            ScenarioText.Minimal.Replace("timeline:", "world:\n  positions:\n    QQQ: { alignment: 0, rights: 0 }\ntimeline:", StringComparison.Ordinal),
            7, 5, "unknown state code 'QQQ'");
    }

    [Theory]
    [InlineData("2020-13-01", "date '2020-13-01' is not a date")]
    [InlineData("24/11/2020", "date '24/11/2020' is not a date")]
    [InlineData("2020-02-30", "date '2020-02-30' is not a date")]
    [InlineData("1950-12-31", "date 1950-12-31 is out of range")]
    [InlineData("2101-01-01", "date 2101-01-01 is out of range")]
    public void Dates_must_be_real_days_within_1951_to_2100(string date, string problem)
    {
        ScenarioText.Fails(ScenarioText.Minimal.Replace("2020-11-24", date, StringComparison.Ordinal), 7, 11,
            problem, "YYYY-MM-DD from 1951-01-01 to 2100-12-31");
    }

    [Fact]
    public void A_session_before_the_seeded_events_is_fine()
    {
        var scenario = ScenarioReader.Parse(ScenarioText.Minimal.Replace("2020-11-24", "1951-01-01", StringComparison.Ordinal), ScenarioText.File, Seeded.World);
        Assert.Equal(new DateOnly(1951, 1, 1), scenario.Timeline[0].Date);
    }

    [Fact]
    public void Sessions_must_be_in_date_order()
    {
        var yaml = ScenarioText.Minimal + "\n  - session: Earlier\n    date: 2019-01-01\n    items: [{ id: t/b, kind: budget }]";
        ScenarioText.Fails(yaml, 13, 11, "date 2019-01-01 is before the previous session's 2020-11-24", "sessions in date order");
    }

    [Theory]
    [InlineData("runs: 0", 5, 7, "runs 0 is out of range", "a whole number from 1 to 1,000,000")]
    [InlineData("runs: 1000001", 5, 7, "runs 1000001 is out of range", "a whole number from 1 to 1,000,000")]
    [InlineData("runs: 99999999999999999999", 5, 7, "runs 99999999999999999999 is out of range", "a whole number from 1 to 1,000,000")]
    [InlineData("runs: 2.5", 5, 7, "runs '2.5' is not a whole number", "a whole number from 1 to 1,000,000")]
    [InlineData("seed: -1", 5, 7, "seed -1 is out of range", "a whole number from 0 to 18446744073709551615")]
    [InlineData("seed: 18446744073709551616", 5, 7, "seed 18446744073709551616 is out of range", "from 0 to 18446744073709551615")]
    public void Runs_and_seed_out_of_range(string line, int row, int column, string problem, string expected)
    {
        ScenarioText.Fails(ScenarioText.Minimal.Replace("body: iom-council", "body: iom-council\n" + line, StringComparison.Ordinal), row, column, problem, expected);
    }

    [Theory]
    [InlineData("relations: [{ from: UKR, to: RUS, weight: 1.5 }]", 6, 45, "weight 1.5 is out of range", "a number from -1 to 1")]
    [InlineData("relations: [{ from: UKR, to: RUS, weight: -1.01 }]", 6, 45, "weight -1.01 is out of range", "a number from -1 to 1")]
    [InlineData("behaviour: { UKR: { attendance: 1.2 } }", 6, 35, "attendance 1.2 is out of range", "a number from 0 to 1")]
    [InlineData("behaviour: { UKR: { consensus_break_propensity: -0.1 } }", 6, 51, "consensus_break_propensity -0.1 is out of range", "a number from 0 to 1")]
    [InlineData("behaviour: { UKR: { assessed_payment: 1.5 } }", 6, 41, "assessed_payment 1.5 is out of range", "a number from 0 to 1")]
    [InlineData("behaviour: { UKR: { assessed_payment: yes } }", 6, 41, "assessed_payment 'yes' is not a number", "a number from 0 to 1")]
    [InlineData("positions: { UKR: { alignment: -1.5, rights: 0 } }", 6, 34, "alignment -1.5 is out of range", "a number from -1 to 1")]
    [InlineData("parameters: { bloc_cohesion: 2 }", 6, 32, "bloc_cohesion 2 is out of range", "a number from 0 to 1")]
    [InlineData("parameters: { noise: .nan }", 6, 24, "noise '.nan' is not a number", "a number from 0 to 10")]
    [InlineData("parameters: { noise: 1e400 }", 6, 24, "noise '1e400' is not a number", "a number from 0 to 10")]
    public void Numbers_out_of_range_in_the_world(string line, int row, int column, string problem, string expected)
    {
        ScenarioText.Fails(ScenarioText.Minimal.Replace("timeline:", "world:\n  " + line + "\ntimeline:", StringComparison.Ordinal), row, column, problem, expected);
    }

    [Fact]
    public void Relations_need_two_different_states_once()
    {
        ScenarioText.Fails(
            ScenarioText.Minimal.Replace("timeline:", "world:\n  relations: [{ from: UKR, to: UKR, weight: -1 }]\ntimeline:", StringComparison.Ordinal),
            6, 32, "a relation from UKR to itself", "two different states");
        ScenarioText.Fails(
            ScenarioText.Minimal.Replace(
                "timeline:", "world:\n  relations:\n    - { from: UKR, to: RUS, weight: -1 }\n    - { from: UKR, to: RUS, weight: 0 }\ntimeline:", StringComparison.Ordinal),
            8, 7, "duplicate relation from UKR to RUS", "each pair once");
    }

    [Fact]
    public void Behaviour_must_set_something()
    {
        ScenarioText.Fails(ScenarioText.Minimal.Replace("timeline:", "world:\n  behaviour: { UKR: {} }\ntimeline:", StringComparison.Ordinal),
            6, 21, "the behaviour of UKR sets nothing", "consensus_break_propensity, abstention_band, attendance, assessed_payment");
    }

    [Fact]
    public void Unknown_documented_outcome_lists_the_known_ones()
    {
        ScenarioText.Fails(
            ScenarioText.WithItem("      - id: t/admission\n        kind: admission\n        applicant: RUS\n        documented: russia-2021"),
            12, 21, "unknown documented outcome 'russia-2021'", "china-2016, dg-election-2018, gcm-2018-unga, russia-2020");
    }

    [Fact]
    public void Documented_outcome_of_another_day_or_another_applicant()
    {
        ScenarioText.Fails(
            ScenarioText.WithItem("      - id: t/admission\n        kind: admission\n        applicant: RUS\n        documented: china-2016"),
            12, 21, "documented outcome 'china-2016' is dated 2016-06-30, but this session is on 2020-11-24", "the documented event's own day");
        ScenarioText.Fails(
            ScenarioText.WithItem("      - id: t/admission\n        kind: admission\n        applicant: UKR\n        documented: russia-2020"),
            12, 21, "documented outcome 'russia-2020' concerns RUS, not UKR", "about this item's applicant");
    }

    [Fact]
    public void Duplicate_agenda_ids()
    {
        ScenarioText.Fails(
            ScenarioText.Minimal + "\n      - id: t/admission\n        kind: budget",
            12, 13, "duplicate agenda id 't/admission'", "unique in the scenario");
    }

    [Fact]
    public void Duplicate_agenda_ids_across_sessions()
    {
        ScenarioText.Fails(
            ScenarioText.Minimal + "\n  - session: Later\n    date: 2021-04-19\n    items:\n      - { id: t/admission, kind: acceptance, applicant: RUS }",
            15, 15, "duplicate agenda id 't/admission'");
    }

    [Fact]
    public void Invalid_item_id()
    {
        ScenarioText.Fails(ScenarioText.WithItem("      - id: T Admission\n        kind: admission\n        applicant: RUS"), 9, 13,
            "id 'T Admission' is not a valid id", "lower-case letters, digits");
    }

    [Fact]
    public void Admission_without_applicant()
    {
        ScenarioText.Fails(ScenarioText.WithItem("      - id: t/admission\n        kind: admission"), 9, 9,
            "missing required field 'applicant' in item 't/admission'", "a state code such as RUS");
    }

    [Fact]
    public void Acceptance_without_applicant()
    {
        ScenarioText.Fails(ScenarioText.WithItem("      - { id: t/acceptance, kind: acceptance }"), 9, 9,
            "missing required field 'applicant'");
    }

    [Fact]
    public void Decision_without_position()
    {
        ScenarioText.Fails(ScenarioText.WithItem("      - id: t/decision\n        kind: decision\n        title: A resolution"), 9, 9,
            "missing required field 'position' in item 't/decision'", "{ alignment: a, rights: r }");
    }

    [Fact]
    public void Decision_without_title()
    {
        ScenarioText.Fails(ScenarioText.WithItem("      - id: t/decision\n        kind: decision\n        position: { alignment: 0, rights: 0 }"), 9, 9,
            "missing required field 'title' in an item of kind decision", "title: one line of text");
    }

    [Fact]
    public void Position_missing_a_dimension()
    {
        ScenarioText.Fails(
            ScenarioText.WithItem("      - id: t/decision\n        kind: decision\n        title: R\n        position: { alignment: 0 }"), 12, 19,
            "missing required field 'rights' in position", "a number from -1 to 1");
    }

    [Fact]
    public void Election_without_candidates()
    {
        ScenarioText.Fails(ScenarioText.WithItem("      - id: t/election\n        kind: election\n        title: Director General"), 9, 9,
            "missing required field 'candidates' in item 't/election'", "{ name, nominator, ... }");
        ScenarioText.Fails(ScenarioText.WithItem("      - id: t/election\n        kind: election\n        title: DG\n        candidates: []"), 12, 21,
            "candidates is empty", "at least one candidate");
    }

    [Fact]
    public void Election_candidates_are_checked()
    {
        const string Candidate = "        candidates:\n          - { name: A, nominator: USA, position: { alignment: 0.5, rights: 0.2 } }\n";
        ScenarioText.Fails(
            ScenarioText.WithItem("      - id: t/election\n        kind: election\n        title: DG\n" + Candidate + Candidate.Split('\n')[1]),
            14, 21, "candidate 'A' is listed twice", "each candidate once");
        ScenarioText.Fails(
            ScenarioText.WithItem("      - id: t/election\n        kind: election\n        title: DG\n        candidates: [{ name: A, nominator: XYZ, position: { alignment: 0, rights: 0 } }]"),
            12, 44, "unknown state code 'XYZ'");
    }

    [Fact]
    public void Election_reads()
    {
        var scenario = ScenarioReader.Parse(
            ScenarioText.WithItem(
                "      - id: t/election\n        kind: election\n        title: DG\n        candidates:\n"
                + "          - { name: A, nominator: USA, position: { alignment: 0.5, rights: 0.2 } }\n"
                + "          - { name: B, nominator: PRT, position: { alignment: 0.4, rights: 0.6 } }"),
            ScenarioText.File, Seeded.World);
        var election = scenario.Timeline[0].Items[0];
        Assert.Equal(["A", "B"], election.Candidates.Select(c => c.Name));
        Assert.Equal(Seeded.Code("PRT"), election.Candidates[1].Nominator);
        Assert.Equal(0.6, election.Candidates[1].Position.Rights);
    }

    [Fact]
    public void Formal_vote_requested_twice_by_the_same_state()
    {
        ScenarioText.Fails(
            ScenarioText.WithItem("      - id: t/admission\n        kind: admission\n        applicant: RUS\n        formal_vote_requested_by: [UKR, UKR]"),
            12, 41, "UKR is listed twice in formal_vote_requested_by", "each state once");
    }

    [Fact]
    public void Admissions_do_not_exist_in_the_General_Assembly()
    {
        ScenarioText.Fails(ScenarioText.Minimal.Replace("body: iom-council", "body: unga", StringComparison.Ordinal), 10, 15,
            "kind admission does not exist in body unga", "budget, decision, election");
    }

    [Fact]
    public void Duplicate_keys()
    {
        ScenarioText.Fails(ScenarioText.Minimal.Replace("title: A test", "title: A test\ntitle: Again", StringComparison.Ordinal), 3, 1,
            "duplicate key 'title'", "first at line 2");
    }

    [Fact]
    public void Empty_file_and_empty_timeline()
    {
        ScenarioText.Fails(string.Empty, 1, 1, "the file holds no scenario", "id, title");
        ScenarioText.Fails("# only a comment\n", 1, 1, "the file holds no scenario");
        ScenarioText.Fails("id: test\ntitle: T\ndescription: D\nbody: unga\ntimeline: []\n", 5, 11, "timeline is empty", "at least one session");
        ScenarioText.Fails("- a\n- b\n", 1, 1, "the scenario is a list", "a mapping with the keys: id, title");
    }

    [Fact]
    public void Session_without_items()
    {
        ScenarioText.Fails(ScenarioText.WithItem("      []").Replace("    items:\n      []", "    items: []", StringComparison.Ordinal), 8, 12,
            "items is empty", "at least one agenda item");
    }
}
