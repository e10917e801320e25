import Frontend
/// Placeholder.
public enum Optimizer {}
