namespace IomSim.Web.Views;

/// <summary>One formal vote's count.</summary>
internal sealed record CountView(int Yes, int No, int Abstain, int Absent, int NotEntitled);
