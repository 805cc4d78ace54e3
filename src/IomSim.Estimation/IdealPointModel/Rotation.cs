namespace IomSim.Estimation.IdealPointModel;

/// <summary>
/// Fixes the rotation the likelihood and the isotropic priors leave free: turns the space so that dimension 1 is the
/// direction along which the general ideal points spread most (so the two general coordinates are uncorrelated across
/// states), then flips each dimension so that its anchor state is positive. Applied to points, offsets and
/// discriminations alike, so every η = b · z is unchanged.
/// </summary>
internal static class Rotation
{
    public static void Apply(double[] theta, ParameterLayout layout, int firstAnchor, int secondAnchor)
    {
        var n = layout.States;
        double m1 = 0, m2 = 0;
        for (var i = 0; i < n; i++)
        {
            m1 += theta[layout.Point(i)];
            m2 += theta[layout.Point(i) + 1];
        }

        m1 /= n;
        m2 /= n;
        double s11 = 0, s12 = 0, s22 = 0;
        for (var i = 0; i < n; i++)
        {
            var a = theta[layout.Point(i)] - m1;
            var b = theta[layout.Point(i) + 1] - m2;
            s11 += a * a;
            s12 += a * b;
            s22 += b * b;
        }

        // The angle of the major axis of the 2 × 2 scatter matrix.
        var angle = 0.5 * Math.Atan2(2.0 * s12, s11 - s22);
        var (c, s) = (Math.Cos(angle), Math.Sin(angle));
        Turn(theta, layout, c, s, -s, c);

        var flip1 = theta[layout.Point(firstAnchor)] < 0 ? -1.0 : 1.0;
        var flip2 = theta[layout.Point(secondAnchor) + 1] < 0 ? -1.0 : 1.0;
        Turn(theta, layout, flip1, 0, 0, flip2);
    }

    // Maps every 2-vector (p, q) to (r11 p + r12 q, r21 p + r22 q): rows of an orthogonal matrix.
    private static void Turn(double[] theta, ParameterLayout layout, double r11, double r12, double r21, double r22)
    {
        void At(int index)
        {
            var p = theta[index];
            var q = theta[index + 1];
            theta[index] = (r11 * p) + (r12 * q);
            theta[index + 1] = (r21 * p) + (r22 * q);
        }

        for (var i = 0; i < layout.States; i++)
        {
            At(layout.Point(i));
            for (var k = 0; k < layout.IssueDimensions; k++)
            {
                At(layout.Offset(i, k));
            }
        }

        for (var j = 0; j < layout.Items; j++)
        {
            At(layout.Discrimination(j));
        }
    }
}
