"""Training code for Mizan's learned plugins (pure functions; scikit-learn is imported lazily)."""
