namespace ActorChat.Actors;

/// <summary>Marks messages whose processing does not reset the actor's receive timeout.</summary>
public interface INotInfluenceReceiveTimeout;
