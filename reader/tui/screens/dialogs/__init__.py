"""Modal dialogs, one per module; each is a `ModalScreen[T]` that dismisses with its answer."""
